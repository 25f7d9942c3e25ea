import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrate';
import { createRandom, type Random } from '../../electron/services/sample/random';
import { populateSampleProvince, sampleProvince } from '../../electron/services/sample/sample-province';
import { Workspace } from '../../electron/services/workspace';
import { makeTempDir } from '../support/temp';
import { MIGRATIONS_FOLDER } from '../support/test-host';
import type { Ack, ExportAck, ExportIntent, Message } from './protocol';
import { checkAcks, checkDataMatchesAudit, checkFile } from './verify';
import { checkExports } from './verify-exports';

const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));
const NATIVE = new Map(['better-sqlite3', '@resvg/resvg-js'].map((name) => [name, createRequire(import.meta.url).resolve(name)]));

/**
 * The writer is started some sixty times. Under node with the tsx loader each start costs about a second of CPU,
 * most of it the loader's hooks on drizzle's and zod's hundreds of modules; bundled once with esbuild (which tsx
 * itself runs on) it starts in about a third of that, which keeps the test near half a minute on two busy cores.
 * The export's builders (docx, exceljs, echarts) are split into a chunk the writer loads on its first export only.
 * Native modules stay outside the bundle, imported by their absolute paths from wherever the bundle lies.
 * Returns the entry's path.
 */
async function bundleWriter(outdir: string): Promise<string> {
  await build({
    entryPoints: { writer: WRITER },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Some of the export's dependencies are CommonJS calling require() on node's own modules.
    banner: { js: "import { createRequire as __crashRequire } from 'node:module'; const require = __crashRequire(import.meta.url);" },
    plugins: [
      {
        name: 'native-modules',
        setup(plugin) {
          plugin.onResolve({ filter: /^(better-sqlite3|@resvg\/resvg-js)$/ }, (args) => ({ path: NATIVE.get(args.path)!, external: true }));
        },
      },
    ],
  });
  return join(outdir, 'writer.mjs');
}

// Two files written side by side (one per core); 28 kills each. The seed is printed so a failure can be replayed.
const LANES = 2;
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS_PER_LANE ?? 28);
const SEED = Number(process.env.CRASH_SEED ?? 20261130);

// Writers still running when the test ends early (a failure, a timeout) are killed in afterAll, never left behind.
const running = new Set<ChildProcess>();

interface Run {
  acks: Ack[];
  exports: ExportAck[];
  intents: ExportIntent[];
  /** Killed between announcing an export's files and acknowledging it: while placing or recording them. */
  killedInExport: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  ready: boolean;
  hung: boolean;
}

/**
 * Starts the writer and SIGKILLs it at a random moment: four kills in five land while it writes (a random time
 * after its first acknowledged commit, so mid-transaction, mid-commit or between a commit and its
 * acknowledgement), one in five at a random time after spawning, which may be while the file is being opened,
 * checked or backed up. An export spends half a second building its files in memory and a few milliseconds placing
 * and recording them, which a kill at a random time would seldom hit: three in ten writing runs wait for the
 * writer's first export and kill it 0–20 ms after it announced its files, so while it writes them under temporary
 * names, moves them to their real names, records them, or just after.
 */
function runAndKill(writer: string, file: string, dataDirectory: string, random: Random): Promise<Run> {
  return new Promise((resolve, reject) => {
    const seed = String(random.int(1, 2 ** 31));
    const child = spawn(process.execPath, [writer, file, dataDirectory, seed, MIGRATIONS_FOLDER], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const early = random.chance(0.2);
    const aimAtExport = !early && random.chance(0.3);
    const exportDelay = random.int(0, 20);
    const run: Run = { acks: [], exports: [], intents: [], killedInExport: false, signal: null, code: null, stderr: '', ready: false, hung: false };
    let pending = '';
    const kill = () => child.kill('SIGKILL');
    const delay = early ? random.int(0, 800) : random.int(0, 300);
    let timer = early ? setTimeout(kill, delay) : undefined;
    // A writer that never commits would hang the test; it is killed and reported.
    const watchdog = setTimeout(() => ((run.hung = true), kill()), 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let end: number;
      // Only whole lines count: the kill may cut the last one short.
      while ((end = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        const message = JSON.parse(line) as Message;
        if ('ready' in message) run.ready = true;
        else if ('intent' in message) {
          run.intents.push(message);
          run.killedInExport = true;
          if (aimAtExport) timer ??= setTimeout(kill, exportDelay);
        } else {
          if (message.op === 'export') {
            run.exports.push(message);
            run.killedInExport = false;
          } else run.acks.push(message);
          if (!aimAtExport) timer ??= setTimeout(kill, delay);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      clearTimeout(watchdog);
      resolve({ ...run, code, signal });
    });
  });
}

interface LaneResult {
  kills: number;
  acks: number;
  changeSets: number;
  killedBeforeReady: number;
  killedWhileWriting: number;
  auditedFields: number;
  exports: number;
  killedInExport: number;
  exportsRecorded: number;
  placedUnrecorded: number;
  temporaries: number;
}

async function lane(dir: string, writer: string, index: number): Promise<LaneResult> {
  const random = createRandom(SEED + index);
  const dataDirectory = join(dir, `userdata-${index}`);
  const file = join(dir, `tinh-${index}.sqlite`);
  const workspace = new Workspace(readMigrations(MIGRATIONS_FOLDER), join(dataDirectory, 'backups'));
  workspace.create(file, sampleProvince, { actor: 'crash-test', at: new Date().toISOString() }, { isSample: true, populate: populateSampleProvince });
  workspace.close();

  const all: Ack[] = [];
  const exports: ExportAck[] = [];
  const intents: ExportIntent[] = [];
  const folder = join(dataDirectory, 'exports');
  let checked = checkFile(file, 0);
  let killedBeforeReady = 0;
  let killedWhileWriting = 0;
  let killedInExport = 0;
  for (let kill = 1; kill <= KILLS_PER_LANE; kill += 1) {
    const run = await runAndKill(writer, file, dataDirectory, random);
    const where = `lane ${index}, kill ${kill} (seed ${SEED})`;
    expect(run.signal, `${where}: the writer ended by itself: ${run.stderr.slice(-2000)}`).toBe('SIGKILL');
    expect(run.hung, `${where}: the writer made no progress in 20 s: ${run.stderr.slice(-2000)}`).toBe(false);
    if (!run.ready) killedBeforeReady += 1;
    if (run.acks.length + run.exports.length > 0) killedWhileWriting += 1;
    if (run.killedInExport) killedInExport += 1;
    checked = checkFile(file, checked.lastChangeSet - 20);
    checkAcks(file, run.acks, { values: true });
    all.push(...run.acks);
    exports.push(...run.exports);
    intents.push(...run.intents);
    checkExports(file, folder, exports, intents);
  }
  // At the end: every change set in the file whole, everything acknowledged by every writer still there, and the
  // data agreeing with the audit log.
  checkFile(file, 0);
  checkAcks(file, all, { values: false });
  const auditedFields = checkDataMatchesAudit(file);
  const exported = checkExports(file, folder, exports, intents);
  // Backups written while writers were being killed are whole: a kill mid-backup leaves at most a .partial file.
  for (const name of readdirSync(join(dataDirectory, 'backups')).filter((n) => n.endsWith('.sqlite'))) {
    const db = new Database(join(dataDirectory, 'backups', name), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true }), name).toBe('ok');
    db.close();
  }
  return {
    kills: KILLS_PER_LANE,
    acks: all.length,
    changeSets: checked.changeSets,
    killedBeforeReady,
    killedWhileWriting,
    auditedFields,
    exports: exports.length,
    killedInExport,
    exportsRecorded: exported.recorded,
    placedUnrecorded: exported.placedUnrecorded,
    temporaries: exported.temporaries,
  };
}

describe('crash safety: a writer killed with SIGKILL at random moments', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let writer: string;
  beforeAll(async () => {
    temp = makeTempDir('gdnn-crash-');
    writer = await bundleWriter(join(temp.dir, 'writer'));
  });
  afterAll(() => {
    for (const child of running) child.kill('SIGKILL');
    temp.cleanup();
  });

  it(
    'leaves an intact file holding every acknowledged change set whole and no change set half applied',
    async () => {
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(temp.dir, writer, i)));
      const total = (k: keyof LaneResult) => results.reduce((sum, r) => sum + r[k], 0);
      console.info(
        `crash safety (seed ${SEED}): ${total('kills')} kills (${total('killedWhileWriting')} after the writer's first commit, ` +
          `${total('killedBeforeReady')} before it had opened the file), ` +
          `${total('acks')} acknowledged change sets, ${total('changeSets')} change sets in the files, ` +
          `${total('auditedFields')} audited fields matched; ${total('exports')} acknowledged exports ` +
          `(${total('exportsRecorded')} recorded), ${total('killedInExport')} kills while placing or recording an export, ` +
          `${total('placedUnrecorded')} whole files placed but not recorded, ${total('temporaries')} temporaries left; ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(total('kills')).toBeGreaterThanOrEqual(50);
      expect(total('killedWhileWriting')).toBeGreaterThanOrEqual(total('kills') / 2);
      // Exports really ran and really were cut short while placing or recording (how often depends on timing: 3 to 10
      // of each in runs on two busy cores).
      expect(total('exports')).toBeGreaterThanOrEqual(2);
      expect(total('killedInExport')).toBeGreaterThanOrEqual(2);
    },
    180_000,
  );
});
