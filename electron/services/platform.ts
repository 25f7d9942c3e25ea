/**
 * What a host must provide that services cannot do themselves. Electron implements it with native dialogs; the
 * Chromium test host and the command line with small real implementations. Paths come from here, never from the page.
 */
export interface Platform {
  chooseFileToOpen(kind?: FileKind): Promise<string | null>;
  /** Several files at once (e.g. the entry workbooks institutions sent back); empty when cancelled. */
  chooseFilesToOpen(kind: FileKind): Promise<string[]>;
  chooseNewFileLocation(suggestedName: string, kind?: FileKind): Promise<string | null>;
  /** A folder to write several files into (e.g. one entry workbook per institution). */
  chooseDirectory(): Promise<string | null>;
  revealInFolder(file: string): Promise<boolean>;
  /**
   * Prints a self-contained HTML document (no scripts, no remote resources; page size and margins in its own CSS
   * @page rules) to PDF bytes with the host's own engine: Electron's printToPDF, the browser's in the test host.
   */
  printToPdf(html: string): Promise<Uint8Array>;
}

/** What a dialog should offer; the default is the province data file. */
export type FileKind = 'data' | 'spreadsheet' | 'document' | 'pdf' | 'package' | 'image-png' | 'image-svg';
export const fileKindExtensions: Record<FileKind, string[]> = {
  data: ['sqlite'],
  spreadsheet: ['xlsx', 'csv'],
  document: ['docx'],
  pdf: ['pdf'],
  package: ['zip'],
  'image-png': ['png'],
  'image-svg': ['svg'],
};

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/**
 * ISO 8601 with the machine's own offset (2026-11-30T06:00:00.000+07:00), not UTC: the History view filters by the
 * planner's calendar day, and a UTC stamp would put an early-morning change in Vietnam on the previous day.
 */
export function localIsoTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
