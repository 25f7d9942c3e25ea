import type { TFunction } from 'i18next';
import type { BackupEntry } from '../../../electron/api/schemas/backups';
import { formatNumber } from '../../../electron/api/text/format';

/** 1.234 KB below a megabyte, 12,3 MB above: backups of a province are a few MB. */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1024 ? `${formatNumber(Math.max(1, Math.round(kb)), 0)} KB` : `${formatNumber(kb / 1024, 1)} MB`;
}

/** The reason in the user's words, with what it refers to: "Trước khi nâng cấp lược đồ (v1)". */
export function reasonText(t: TFunction<'backups'>, backup: Pick<BackupEntry, 'reason' | 'note'>): string {
  const reason = t(`reasons.${backup.reason}`);
  return backup.note ? `${reason} (${backup.note})` : reason;
}
