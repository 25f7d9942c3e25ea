import { describe, expect, it } from 'vitest';
import { localIsoTimestamp } from '../../electron/services/platform';

describe('localIsoTimestamp', () => {
  it('names the same instant as toISOString, with the local offset', () => {
    const now = new Date('2026-02-05T23:30:15.250Z');
    const stamp = localIsoTimestamp(now);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(new Date(stamp).getTime()).toBe(now.getTime());
  });
});
