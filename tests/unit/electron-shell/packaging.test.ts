import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// electron-builder's own validator and YAML reader, resolved from electron-builder so npm's hoisting does not matter.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const { validateConfiguration } = fromLib('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};
const yaml = fromLib('js-yaml') as { load(text: string): unknown };

type Target = { target: string };
interface BuilderConfig {
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { icon: string; target: Target[] };
  nsis: { oneClick: boolean; installerLanguages: string[]; multiLanguageInstaller: boolean; allowToChangeInstallationDirectory: boolean };
  linux: { icon: string; category: string; target: Target[] };
}
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { productName: string; main: string };

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema check", async () => {
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('ships the built code, the migrations and the icon, and not the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'db/migrations/**', 'package.json']));
    expect(config.files.some((f) => /^(electron|renderer|tests|scripts|db\/schema)\b/.test(f))).toBe(false);
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('unpacks better-sqlite3 from the asar and rebuilds native modules for Electron', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('has the product name Electron derives the data folder from', () => {
    expect(config.productName).toBe(pkg.productName);
  });

  it('builds an assisted Vietnamese/English installer and a portable exe, an AppImage and a deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, multiLanguageInstaller: true, allowToChangeInstallationDirectory: true });
    expect(config.nsis.installerLanguages).toEqual(['vi_VN', 'en_US']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
  });

  it('points at icons that exist: a 512×512 PNG and an ICO', () => {
    for (const icon of [config.win.icon, config.linux.icon, 'assets/icon.svg']) expect(existsSync(`${root}${icon}`), icon).toBe(true);
    const png = readFileSync(`${root}assets/icon.png`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(`${root}assets/icon.ico`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
  });
});
