// `npm run screenshots`: drives the Chromium host through every page of the sample province and writes PNGs.
// Usage: npm run screenshots -- [--out docs/screenshots] [--lang vi|en]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Trajectories } from '../../electron/api/schemas/dashboard';
import { appRouteKeys } from './routes';
import { launchChromiumHost } from '../../electron/chromium-host/chromium-host';
import { makeTempDir } from './temp';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' }, lang: { type: 'string', default: 'vi' } } });
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const temp = makeTempDir('gdnn-shots-');
const host = await launchChromiumHost({ dataDirectory: join(temp.dir, 'userdata') });
try {
  const { page } = host;
  if (values.lang === 'en') await host.services.dispatch('app.setLanguage', { language: 'en' });
  await page.reload();
  await page.getByTestId('page-start').waitFor();
  await page.screenshot({ path: join(out, `00-start-${values.lang}.png`) });
  await page.getByTestId('open-sample').click();
  await page.getByTestId('province-name').waitFor();
  let n = 1;
  for (const route of appRouteKeys) {
    await host.goto(`/${route}`);
    await page.getByTestId(`page-${route}`).waitFor({ state: 'attached' });
    // Grids and charts draw after their data arrives; wait until the network of the bridge is quiet.
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(out, `${String(n).padStart(2, '0')}-${route}-${values.lang}.png`) });
    n += 1;
  }
  // The roadmap timeline (a tab of the roadmap page).
  await host.goto('/roadmap?tab=timeline');
  await page.getByTestId('roadmap-timeline').locator('svg').waitFor();
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(out, `${String(n).padStart(2, '0')}-roadmap-timeline-${values.lang}.png`) });
  n += 1;
  // The dashboard whole (tiles and its four charts) in a taller window, and one target's trajectory to 2030: the
  // province's own a1_tinh, with both target lines, the actual line and the dashed projection.
  await page.setViewportSize({ width: 1440, height: 1500 });
  await host.goto('/overview');
  await page.getByTestId('dashboard-chart-gap').locator('svg').first().waitFor();
  // ECharts grows bars and draws lines in over about a second.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, `${String(n).padStart(2, '0')}-dashboard-${values.lang}.png`) });
  n += 1;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const trajectories = await host.services.dispatch('dashboard.targetTrajectories', {});
  const shown = trajectories.ok ? (trajectories.data as Trajectories).targets.find((t) => t.code === 'a1_tinh') : undefined;
  await host.goto(`/targets?tab=trajectories${shown ? `&target=${shown.targetId}` : ''}`);
  await page.getByTestId('trajectory-chart').locator('svg').first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, `${String(n).padStart(2, '0')}-trajectory-${values.lang}.png`) });
  n += 1;
  await page.setViewportSize({ width: 1440, height: 900 });
  console.info(`${n} screenshots in ${out}`);
} finally {
  await host.close();
  temp.cleanup();
}
