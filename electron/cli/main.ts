import { processIo } from './io';
import { runCli } from './run';

// Piped into `head` and the like, stdout closes early; that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// exitCode, not process.exit(): stdout may still be flushing to a pipe.
process.exitCode = await runCli(process.argv.slice(2), processIo);
