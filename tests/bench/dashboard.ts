// The overview dashboard at national scale: the one call behind it through the service layer, and, through the
// Chromium host, the time a person waits from choosing the file on the start page to the dashboard drawn (tiles and
// all four charts). Figures for the README, never assertions.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromiumHost } from '../../electron/chromium-host/chromium-host';
import { createInProcessHost } from '../support/test-host';
import { ms, summarise, time } from './stats';

interface Options {
  /** The national-scale data file the bench generated. */
  file: string;
  /** A scratch folder of the bench's own. */
  dir: string;
  runs: number;
  report: (label: string, value: string) => void;
}

// A string, not a function: this file compiles without the DOM lib. Drawn = a tile's figure and every chart's bars.
const DRAWN = `(() => {
  const tile = document.querySelector('[data-testid="tile-attainment-value"]');
  if (!tile || !tile.textContent) return false;
  return ['attainment', 'readiness', 'capital', 'gap'].every((c) => {
    const svg = document.querySelector('[data-testid="dashboard-chart-' + c + '"] svg');
    return svg !== null && svg.querySelectorAll('path').length > 3;
  });
})()`;

export async function benchDashboard({ file, dir, runs, report }: Options): Promise<void> {
  const services = createInProcessHost({ dir: join(dir, 'dashboard-services') });
  try {
    services.ctx.workspace.open(file);
    const summary = summarise(await time(runs, () => services.call('dashboard.getSummary', {})));
    const trajectories = summarise(await time(runs, () => services.call('dashboard.targetTrajectories', {})));
    report('dashboard summary, service layer (p50 / p95)', `${ms(summary.p50)} / ${ms(summary.p95)}`);
    report('target trajectories, service layer (p50 / p95)', `${ms(trajectories.p50)} / ${ms(trajectories.p95)}`);
  } finally {
    services.close();
  }

  if (!existsSync('/usr/bin/chromium') || !existsSync(join(process.env.RENDERER_OUT_DIR || join(import.meta.dirname, '../../out/renderer'), 'index.html'))) {
    report('Chromium host: open file → dashboard drawn', 'skipped (no /usr/bin/chromium or no built renderer)');
    return;
  }
  const dataDirectory = join(dir, 'dashboard-ui');
  mkdirSync(dataDirectory, { recursive: true });
  const ui = await launchChromiumHost({ dataDirectory });
  try {
    const { page } = ui;
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.getByTestId('page-start').waitFor();
      await page.evaluate(`location.hash = '#/overview'`);
      ui.platform.openAnswers.push(file);
      const started = performance.now();
      await page.getByTestId('open-existing').click();
      // Polled with evaluate: waitForFunction evaluates its predicate with eval, which the page's CSP forbids.
      while (!(await page.evaluate(DRAWN))) {
        if (performance.now() - started > 120_000) throw new Error('the dashboard was not drawn within 120 s');
        await page.waitForTimeout(20);
      }
      samples.push(performance.now() - started);
      await page.getByRole('button', { name: /Đóng tệp|Close file/ }).click();
    }
    const drawn = summarise(samples);
    // The first open also makes the day's automatic backup of the file; the later ones show the dashboard alone.
    report('Chromium host: open file → dashboard drawn (first / p50 / p95)', `${ms(samples[0]!)} / ${ms(drawn.p50)} / ${ms(drawn.p95)}`);
  } finally {
    await ui.close();
  }
}
