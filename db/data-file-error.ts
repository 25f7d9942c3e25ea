/** Why a data file cannot be opened; the service layer turns the reason into an error envelope. */
export type DataFileProblem = 'NOT_FOUND' | 'NOT_OURS' | 'TOO_NEW' | 'DAMAGED' | 'MIGRATION_FAILED';

export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}
