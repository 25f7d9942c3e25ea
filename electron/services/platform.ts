/**
 * What a host must provide that services cannot do themselves. Electron implements it with native dialogs; the
 * Chromium test host and the command line with small real implementations. Paths come from here, never from the page.
 */
export interface Platform {
  chooseFileToOpen(): Promise<string | null>;
  chooseNewFileLocation(suggestedName: string): Promise<string | null>;
  revealInFolder(file: string): Promise<boolean>;
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
