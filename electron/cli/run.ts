// Only light modules here and in the command tables (no zod, drizzle or SQLite): help and usage errors must not
// wait for the services to load. Each command imports what it needs once its arguments are known to be good.
import { parseArgs } from 'node:util';
import { ServiceError } from '../services/service-error';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, usageError } from './cli-error';
import { type Command, commonOptions, type OptionValues, stringOption } from './command';
import { commands } from './commands';
import { commandHelp, generalHelp } from './help';
import type { Io } from './io';

function parse(command: Command, args: string[]): { values: OptionValues; positionals: string[] } {
  try {
    return parseArgs({ args, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains in English; keep its words after ours.
    throw usageError(`Tham số không hợp lệ cho lệnh "${command.name}" (invalid arguments): ${(error as Error).message}`);
  }
}

function describe(known: unknown, debug: boolean): { message: string; code: number } {
  if (known instanceof CliError) return { message: known.message, code: known.exitCode };
  if (known instanceof ServiceError) return { message: `Lỗi ${known.code}: ${known.message}`, code: EXIT_FAILED };
  const detail = known instanceof Error ? (debug ? (known.stack ?? known.message) : known.message) : String(known);
  return { message: `Lỗi không mong đợi (unexpected error): ${detail}${debug ? '' : '\n(chạy lại với --debug để xem chi tiết; rerun with --debug for details)'}`, code: EXIT_FAILED };
}

/** Runs one command line; returns the exit code. Expected failures become a message, never a stack trace. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io[name === undefined ? 'err' : 'out'](generalHelp(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const debug = argv.includes('--debug');
  try {
    const command = commands.find((c) => c.name === name);
    if (!command) throw usageError(`Lệnh không tồn tại (unknown command): ${name}`);
    const { values, positionals } = parse(command, rest);
    if (values.help === true) {
      io.out(commandHelp(command));
      return EXIT_OK;
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw usageError(`Lệnh "${command.name}" cần ${command.positionals.names} (expects these arguments); nhận được (got) ${positionals.length}.`);
    }
    return await command.run({ values, positionals, dataDirectory: stringOption(values, 'data-dir') }, io);
  } catch (error) {
    const { message, code } = describe(error, debug);
    io.err(message);
    return code;
  }
}
