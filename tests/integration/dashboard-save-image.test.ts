import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// charts.saveImage through the dispatcher: the host's dialog picks the place (never the page), the bytes are
// checked before the dialog is asked, and the file is written whole under the chosen name.

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><text x="1" y="9">Mức đạt 74,2%</text></svg>';

describe('saving a chart as a picture', () => {
  let host: InProcessHost;
  let asked: { name: string; kind: string | undefined }[];
  beforeEach(() => {
    host = createInProcessHost();
    asked = [];
    const answer = host.platform.chooseNewFileLocation.bind(host.platform);
    // Records what the dialog was asked, then answers from the queue as the scripted platform does.
    Object.assign(host.platform, {
      chooseNewFileLocation: async (name: string, kind?: string) => {
        asked.push({ name, kind });
        return answer();
      },
    });
  });
  afterEach(() => host.cleanup());

  it('writes the PNG where the dialog says, under a name it suggested from the chart title', async () => {
    const target = join(host.dir, 'muc-dat.png');
    host.platform.saveAnswers.push(target);
    const result = await host.call('charts.saveImage', { image: { format: 'png', dataUrl: `data:image/png;base64,${PNG}` }, suggestedName: 'Mức đạt từng chỉ tiêu năm 2026' });
    expect(result).toEqual({ file: target, bytes: Buffer.from(PNG, 'base64').length });
    expect(readFileSync(target).equals(Buffer.from(PNG, 'base64'))).toBe(true);
    expect(asked).toEqual([{ name: 'Mức đạt từng chỉ tiêu năm 2026.png', kind: 'image-png' }]);
    // Nothing else is left beside it (the temporary file was renamed).
    expect(readdirSync(host.dir).filter((f) => f.includes('muc-dat'))).toEqual(['muc-dat.png']);
  });

  it('writes SVG text as UTF-8 and never takes a folder from the suggested name', async () => {
    const target = join(host.dir, 'von.svg');
    host.platform.saveAnswers.push(target);
    await host.call('charts.saveImage', { image: { format: 'svg', svg: SVG }, suggestedName: '../../etc/Vốn: theo nguồn.svg' });
    expect(readFileSync(target, 'utf8')).toBe(SVG);
    // Separators become dashes and leading dots go: a name, never a path.
    expect(asked).toEqual([{ name: '-..-etc-Vốn- theo nguồn.svg', kind: 'image-svg' }]);
  });

  it('writes nothing when the user cancels', async () => {
    host.platform.saveAnswers.push(null);
    expect(await host.call('charts.saveImage', { image: { format: 'svg', svg: SVG }, suggestedName: 'x' })).toEqual({ file: null, bytes: 0 });
  });

  it('refuses a picture that is not what it claims before asking anything', async () => {
    const target = join(host.dir, 'gia.png');
    host.platform.saveAnswers.push(target);
    const fake = Buffer.from('GIF89a'.padEnd(40, '\0')).toString('base64');
    await expect(host.call('charts.saveImage', { image: { format: 'png', dataUrl: `data:image/png;base64,${fake}` }, suggestedName: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(host.call('charts.saveImage', { image: { format: 'svg', svg: SVG.replace('<text', '<script>alert(1)</script><text') }, suggestedName: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // The contract refuses other formats and a PNG that is not a data URL.
    await expect(host.call('charts.saveImage', { image: { format: 'png', dataUrl: '/etc/passwd' }, suggestedName: 'x' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(host.call('charts.saveImage', { image: { format: 'pdf', data: 'x' }, suggestedName: 'x' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(asked).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
