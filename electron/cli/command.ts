import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandArgs {
  values: OptionValues;
  positionals: string[];
  /** The data directory chosen by --data-dir (or undefined for the default). */
  dataDirectory: string | undefined;
}

export interface Command {
  name: string;
  /** One line, Vietnamese with English in parentheses. */
  summary: string;
  usage: string;
  /** Lines describing the command's options, shown by `<command> --help`. */
  details: readonly string[];
  options: OptionSpecs;
  positionals: { min: number; max: number; names: string };
  run(args: CommandArgs, io: Io): Promise<number>;
}

/** Options every command takes. */
export const commonOptions: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  'data-dir': { type: 'string' },
  debug: { type: 'boolean' },
};

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringList(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}
