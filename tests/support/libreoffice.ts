import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// LibreOffice as a real client of the files the app writes: tests open our .docx/.xlsx in it, convert them to PDF
// (to look at the pages) or to CSV (the benchmark's yardstick). Headless, each conversion with a private user
// profile, because two soffice processes sharing a profile hand work to each other or refuse to start.

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The soffice binary: $SOFFICE if set, else the usual install places, else the PATH; null where it is not installed. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  const found = CANDIDATES.find(executable);
  if (found) return found;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

export interface ConvertOptions {
  /** Default 120 s; a first start on a loaded machine takes several seconds, a big document more. */
  timeoutMs?: number;
  /**
   * A profile folder to reuse (it is made if missing), so a series of conversions skips building a profile each
   * time (~1 s). Only for conversions that run one after another: never share one between parallel runs.
   */
  profileDir?: string;
}

/**
 * Converts `file` with LibreOffice into `outDir` and resolves to the written file's path. `toFormat` is what
 * soffice's --convert-to takes: 'pdf', 'csv', 'xlsx', or with a filter, 'pdf:writer_pdf_Export'. The output keeps
 * the input's base name, so give each input a distinct name when several share an outDir. Rejects when LibreOffice
 * is missing, exits with an error, runs past the timeout (its whole process group is killed) or writes nothing.
 */
export async function convertWithLibreOffice(file: string, toFormat: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui');
  const input = resolve(file);
  if (!existsSync(input)) throw new Error(`convertWithLibreOffice: no such file ${input}`);
  mkdirSync(outDir, { recursive: true });
  const extension = toFormat.split(':')[0]!;
  const output = join(resolve(outDir), `${basename(input, extname(input))}.${extension}`);
  rmSync(output, { force: true });
  const privateProfile = options.profileDir ? null : mkdtempSync(join(tmpdir(), 'gdnn-lo-profile-'));
  const profile = options.profileDir ?? privateProfile!;
  mkdirSync(profile, { recursive: true });
  const args = [
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--nodefault',
    '--nologo',
    `-env:UserInstallation=${pathToFileURL(resolve(profile)).href}`,
    '--convert-to',
    toFormat,
    '--outdir',
    resolve(outDir),
    input,
  ];
  try {
    await run(soffice, args, options.timeoutMs ?? 120_000);
  } finally {
    if (privateProfile) rmSync(privateProfile, { recursive: true, force: true });
  }
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${extension} for ${basename(input)} (is the file readable, is the filter right?)`);
  return output;
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group: soffice starts oosplash, which starts soffice.bin; a timeout must end all of them.
    const child = spawn(command, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms: ${output.trim()}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise();
      else reject(new Error(`LibreOffice exited with ${code ?? signal}: ${output.trim()}`));
    });
  });
}
