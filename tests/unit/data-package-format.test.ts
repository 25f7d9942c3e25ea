import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSafeEntryName } from '../../electron/services/data-package/format';
import { PACKAGE_README } from '../../electron/services/data-package/readme';
import { packageFileName } from '../../electron/services/data-package/writer';
import { zipStampOf } from '../../electron/services/data-package/zip-writer';

describe('data package format helpers', () => {
  it('ships docs/data-package.md as the README, unchanged', () => {
    // If this fails: docs/data-package.md changed; regenerate electron/services/data-package/readme.ts from it
    // (one JSON string per line, joined with "\n").
    expect(PACKAGE_README).toBe(readFileSync('docs/data-package.md', 'utf8'));
  });

  it('refuses entry names that could land outside the package', () => {
    for (const name of ['data/submission.json', 'report/Báo cáo năm 2025.docx', 'README.md', 'data/']) expect(isSafeEntryName(name), name).toBe(true);
    for (const name of ['../x', 'data/../../x', '/etc/passwd', 'C:/Windows/x', 'a\\b', 'a//b', 'a/./b', 'a\u0000b', 'con.', ' a', '']) {
      expect(isSafeEntryName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('takes zip dates from the digits of the timestamp, never from the machine clock or zone', () => {
    expect(zipStampOf('2026-02-05T09:30:12.000+07:00')).toEqual({ date: (46 << 9) | (2 << 5) | 5, time: (9 << 11) | (30 << 5) | 6 });
    expect(zipStampOf('không phải ngày')).toEqual({ date: 33, time: 0 });
    expect(zipStampOf('1970-01-01T00:00:00Z')).toEqual({ date: 33, time: 0 });
  });

  it('names the package file in ASCII', () => {
    expect(packageFileName('TP. Hồ Chí Minh', 2026)).toBe('goi-du-lieu-tp-ho-chi-minh-2026.zip');
    expect(packageFileName('Đắk Lắk', 2025)).toBe('goi-du-lieu-dak-lak-2025.zip');
    expect(packageFileName('***', 2025)).toBe('goi-du-lieu-tinh-2025.zip');
  });
});
