import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../electron/api/envelope';
import { withHostReactions } from '../../../electron/main/host-reactions';
import { hostTexts } from '../../../electron/main/texts';

const mainDir = fileURLToPath(new URL('../../../electron/main/', import.meta.url));

// These modules hold the security decisions; they must stay importable without Electron so the tests above run.
const pureModules = [
  'command-line.ts',
  'host-reactions.ts',
  'menu-template.ts',
  'navigation.ts',
  'origin.ts',
  'permissions.ts',
  'renderer-files.ts',
  'sender.ts',
  'texts.ts',
  'window-bounds.ts',
  'window-options.ts',
];

describe('electron/main layout', () => {
  it.each(pureModules)('%s imports nothing from electron at run time', (file) => {
    const source = readFileSync(join(mainDir, file), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(runtimeImports.filter((m) => m === 'electron' || m!.startsWith('electron/'))).toEqual([]);
    // ...nor from another module of electron/main that is not pure.
    const local = runtimeImports.filter((m) => m!.startsWith('./')).map((m) => `${m!.slice(2)}.ts`);
    for (const dependency of local) expect(pureModules, `${file} → ${dependency}`).toContain(dependency);
  });

  it('has no module that is neither listed as pure nor allowed to use electron', () => {
    const electronModules = ['app-protocol.ts', 'electron-platform.ts', 'harden.ts', 'index.ts', 'ipc.ts', 'main-window.ts', 'menu.ts', 'open-path.ts'];
    expect(readdirSync(mainDir).sort()).toEqual([...pureModules, ...electronModules].sort());
  });

  it('keeps the preload to the two bridge functions', () => {
    const source = readFileSync(fileURLToPath(new URL('../../../electron/preload/index.ts', import.meta.url)), 'utf8');
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(source).toContain("exposeInMainWorld('api', api)");
    expect(source).not.toMatch(/process|require\(|ipcRenderer\.send|sendSync/);
  });
});

describe('host reactions to dispatched calls', () => {
  const ok: Envelope<unknown> = { ok: true, data: {} };
  const refused: Envelope<unknown> = { ok: false, error: { code: 'INVALID_INPUT', message: 'x', details: {} } };

  it('rebuilds after a successful language change or file change, and passes the envelope through', async () => {
    const onChanged = vi.fn();
    const dispatch = withHostReactions(async () => ok, onChanged);
    expect(await dispatch('app.setLanguage', { language: 'en' })).toBe(ok);
    await dispatch('file.close', {});
    await dispatch('profile.get', {});
    await dispatch('history.undo', {});
    expect(onChanged.mock.calls).toEqual([['app.setLanguage'], ['file.close']]);
  });

  it('does nothing after a refused call or a non-string method from the page', async () => {
    const onChanged = vi.fn();
    expect(await withHostReactions(async () => refused, onChanged)('app.setLanguage', { language: 'fr' })).toBe(refused);
    await withHostReactions(async () => ok, onChanged)(42 as unknown as string, {});
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('host texts', () => {
  it('has the same keys in Vietnamese and English', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(hostTexts.en)).toEqual(keys(hostTexts.vi));
    expect(hostTexts.vi.dialog.dataFilter).toBe('Dữ liệu tỉnh (*.sqlite)');
  });
});
