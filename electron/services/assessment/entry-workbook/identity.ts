import { createHash } from 'node:crypto';

// The hidden identity every entry workbook carries, so a returned file is matched to its institution, year and
// province without trusting its name. The checksum makes an edited identity evident (a typo, a copy-paste of the
// hidden sheet between files); it is not a signature, since anyone with this code could recompute it.

export const ENTRY_APP_ID = 'gdnn-dx-planner/phieu-nhap-lieu';
/** Raised when the layout of the data sheet changes; a newer workbook is refused, older ones are read as they were. */
export const ENTRY_FORMAT_VERSION = 1;

export interface EntryIdentity {
  app: string;
  formatVersion: number;
  provinceName: string;
  year: number;
  institutionCode: string;
  institutionId: number;
  createdAt: string;
}

const FIELDS = ['app', 'formatVersion', 'provinceName', 'year', 'institutionCode', 'institutionId', 'createdAt'] as const;

export function identityChecksum(identity: EntryIdentity): string {
  const canonical = JSON.stringify(FIELDS.map((f) => (typeof identity[f] === 'string' ? (identity[f] as string).normalize('NFC') : identity[f])));
  return createHash('sha256').update(`${ENTRY_APP_ID}\n${canonical}`).digest('hex');
}

export const identityFields = FIELDS;
