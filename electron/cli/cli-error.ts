/** Exit codes: 0 done, 1 the operation failed (error envelope, refused file), 2 the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** An expected failure: printed as its message alone, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(`${message}\nXem hướng dẫn (see help): npm run cli -- --help`, EXIT_USAGE);
