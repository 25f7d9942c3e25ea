import { describe, expect, it } from 'vitest';
import { buildWindowOptions, MIN_WINDOW_SIZE } from '../../../electron/main/window-options';

const build = (isPackaged = true) =>
  buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', title: 'Kế hoạch CĐS GDNN', bounds: { width: 1280, height: 800 }, isPackaged });

describe('window options', () => {
  it('isolates and sandboxes the page', () => {
    const web = build().webPreferences!;
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the CommonJS preload the build produces', () => {
    expect(build().webPreferences!.preload).toBe('/app/out/preload/index.cjs');
    expect(build().webPreferences!.preload).toMatch(/index\.cjs$/);
  });

  it('offers developer tools only unpackaged', () => {
    expect(build(true).webPreferences!.devTools).toBe(false);
    expect(build(false).webPreferences!.devTools).toBe(true);
  });

  it('keeps the bounds, a minimum size, and waits to show until painted', () => {
    const options = buildWindowOptions({
      preloadPath: '/p.cjs',
      title: 't',
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      isPackaged: true,
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });
});
