import fc from 'fast-check';
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRejectionReasons, type PackagePreview } from '../../electron/api/schemas/consolidation';
import { authorOf } from '../../electron/services/context';
import { judge, verifyCandidate } from '../../electron/services/consolidation/check';
import { importHeld } from '../../electron/services/consolidation/service';
import { buildDataPackage } from '../../electron/services/data-package';
import { writeZip, zipStampOf } from '../../electron/services/data-package/zip-writer';
import { undo } from '../../electron/services/history/mutation-path';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { deflatedZip } from '../fixtures/import/hostile-files';
import { type FixtureOptions, fixtureSnapshot, unzipPackage } from '../integration/data-package-fixture';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Whatever the package, verifying and importing it ends in PACKAGE_REJECTED (with one of the documented reasons) or in
// a valid import, never in another error, and a refusal never leaves a trace in the data file. Inputs: byte flips and
// truncations of real packages, random bytes, zip bombs (honest, lying, many entries, huge declared sizes), JSON of
// the wrong types at random places in the manifest and the data (re-hashed, so they reach the schema), random
// manifests, hostile entry names, and valid packages with random figures, which must import.

// About 3,000 inputs a run; FUZZ_SCALE=0.2 for a quick look, FUZZ_SCALE=5 for a long hunt.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const LONG = 300_000;
const REASONS = new Set<string>(packageRejectionReasons);
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const createdAt = '2026-02-05T09:30:00.000+07:00';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

describe('data package fuzzing', () => {
  let host: InProcessHost;
  let bases: Buffer[] = [];
  let bomb: Buffer;
  let generated = 0;
  let imported = 0;
  const outcomes = new Map<string, number>();
  const started = performance.now();
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const count = (table: string) => (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const state = () =>
    JSON.stringify([
      sqlite().prepare('SELECT * FROM consolidation_packages ORDER BY id').all(),
      ...['package_figures', 'document_contents', 'change_sets', 'audit_rows'].map(count),
    ]);
  const tally = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    const sample = buildSubmissionSnapshot(sqlite(), { year: 2025, appVersion: 'fuzz', generatedAt: createdAt });
    const documents = [{ role: 'report_pdf' as const, fileName: 'Bao cao.pdf', bytes: Buffer.from('%PDF-1.7 thử') }];
    bases = [
      buildDataPackage({ snapshot: sample, documents, createdAt, appVersion: 'fuzz' }).bytes,
      ...['Hà Tĩnh', 'Tỉnh Hà Giang', 'TP. Hồ Chí Minh'].map(
        (province, i) =>
          buildDataPackage({
            snapshot: fixtureSnapshot({ province, year: 2024 + i, institutions: { CD: 1 + i, TC: 2 }, projects: [{ code: 'P', plannedThisYearDong: 1e9, disbursedThisYearDong: 5e8, fundingGapDong: 0 }] }),
            documents: i === 0 ? documents : [],
            createdAt,
            appVersion: 'fuzz',
          }).bytes,
      ),
    ];
    // 90 MB of zeros deflate to ~90 kB: honest about its size, and too big.
    bomb = writeZip([{ name: 'data/submission.json', data: Buffer.alloc(90 * 1024 * 1024) }], zipStampOf(createdAt));
  }, LONG);

  afterAll(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[package fuzz] ${generated} generated packages in ${seconds} s: ${imported} imported (and undone); ${[...outcomes].map(([k, n]) => `${k}=${n}`).join(', ')}`);
    host.cleanup();
  });

  /** One package through verification, the duplicate check and, when it passes, an import that is then undone. */
  function feed(bytes: Buffer, fileName = 'goi.zip') {
    generated += 1;
    const before = state();
    const verdict = verifyCandidate({ fileName, sizeBytes: bytes.length, read: () => bytes });
    const { checks, packages } = judge(sqlite(), [verdict]);
    const check = checks[0]!;
    if (!check.ok) {
      expect(REASONS.has(check.reason!), String(check.reason)).toBe(true);
      expect(check.message).toContain(fileName);
      tally(check.reason!);
      expect(state()).toBe(before);
      return;
    }
    const result = importHeld(sqlite(), authorOf(host.ctx), [[0, packages.get(0)!]]);
    expect(result.imported).toHaveLength(1);
    imported += 1;
    tally('imported');
    undo(sqlite(), authorOf(host.ctx));
    expect(count('consolidation_packages')).toBe(0);
  }

  /** The same through the contract: the host's dialog, previewPackages, importPackages, undo. */
  async function feedThroughContract(bytes: Buffer) {
    generated += 1;
    const path = join(host.dir, `fuzz-${generated}.zip`);
    writeFileSync(path, bytes);
    host.platform.multiOpenAnswers.push([path]);
    const before = state();
    const envelope = await host.dispatch('consolidation.previewPackages', { jobId: randomUUID() });
    expect(envelope.ok, JSON.stringify(envelope).slice(0, 300)).toBe(true);
    const preview = (envelope as { data: PackagePreview }).data;
    const check = preview.files[0]!;
    if (!check.ok) {
      expect(REASONS.has(check.reason!)).toBe(true);
      tally(`contract:${check.reason}`);
      expect(state()).toBe(before);
      return;
    }
    const done = await host.dispatch('consolidation.importPackages', { token: preview.token! });
    expect(done.ok, JSON.stringify(done).slice(0, 300)).toBe(true);
    imported += 1;
    tally('contract:imported');
    await host.call('history.undo', {});
  }

  const base = fc.integer({ min: 0, max: 3 }).map((i) => bases[i]!);

  it('survives byte flips and truncations of real packages', () => {
    fc.assert(
      fc.property(base, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }), (bytes, flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, xor] of flips) copy[at % copy.length] = copy[at % copy.length]! ^ xor;
        feed(copy);
      }),
      { numRuns: runs(900) },
    );
    fc.assert(
      fc.property(base, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, share) => feed(bytes.subarray(0, Math.floor(bytes.length * share)))),
      { numRuns: runs(300) },
    );
  }, LONG);

  it('survives random bytes, with and without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('', 'PK\u0003\u0004', 'PK\u0005\u0006'), (random, prefix) => {
        feed(Buffer.concat([Buffer.from(prefix, 'latin1'), Buffer.from(random)]));
      }),
      { numRuns: runs(250) },
    );
  }, LONG);

  it('refuses zip bombs, lying sizes, crowds of entries and huge declared sizes', () => {
    const tooLarge = outcomes.get('too_large') ?? 0;
    feed(bomb, 'bom.zip');
    expect(outcomes.get('too_large')).toBe(tooLarge + 1);
    fc.assert(
      fc.property(
        fc.oneof(
          // Lies: declares a little, inflates to a lot.
          fc.integer({ min: 1, max: 4096 }).map((declared) => deflatedZip([{ name: 'manifest.json', data: Buffer.alloc(4 * 1024 * 1024, 32), declaredSize: declared }])),
          // Declares absurd sizes.
          fc.integer({ min: 100 * 1024 * 1024, max: 0xffffffff }).map((declared) => deflatedZip([{ name: 'data/submission.json', data: Buffer.from('{}'), declaredSize: declared }])),
          // Highly compressible filler just over the ratio bound.
          fc.integer({ min: 2, max: 8 }).map((mb) => deflatedZip([{ name: 'data/submission.json', data: Buffer.alloc(mb * 1024 * 1024, 48) }])),
          // A crowd of tiny entries.
          fc.integer({ min: 65, max: 400 }).map((n) => deflatedZip(Array.from({ length: n }, (_, i) => ({ name: `data/${i}.csv`, data: Buffer.from('a') })))),
        ),
        (bytes) => feed(bytes),
      ),
      { numRuns: runs(120) },
    );
  }, LONG);

  /** Every path to a value inside a JSON document, so a mutation can land anywhere. */
  function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(prefix);
    if (out.length > 4000) return out;
    if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    return out;
  }

  function mutate(document: Json, pick: number, replacement: Json | undefined): Json {
    const all = paths(document);
    const path = all[pick % all.length]!;
    if (path.length === 0) return replacement ?? null;
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, document) as Record<string, Json> | Json[];
    const key = path.at(-1)!;
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else (parent as Record<string, Json>)[key as string] = replacement;
    return document;
  }

  /** Takes a package apart, lets `edit` change entries, and re-lists sizes and hashes so the change is not a tamper. */
  function rebuild(bytes: Buffer, edit: (entries: Map<string, Buffer>) => void, relist = true): Buffer {
    const entries = unzipPackage(bytes);
    edit(entries);
    if (relist) {
      try {
        const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
        for (const file of manifest.files ?? []) {
          const data = entries.get(file?.path);
          if (data && file && typeof file === 'object') Object.assign(file, { sha256: sha(data), sizeBytes: data.length });
        }
        entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
      } catch {
        // A manifest the edit made unreadable stays as it is.
      }
    }
    return writeZip([...entries].map(([name, data]) => ({ name, data })), zipStampOf(createdAt));
  }

  const jsonValue = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
    { weight: 2, arbitrary: fc.constantFrom<Json>(null, '', -1, 0, 1e308, -1e308, 2.5, 'Hà Tĩnh', '__proto__', [], {}, 2036, 2019, 2) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

  it('survives values of the wrong type anywhere in the data and the manifest', () => {
    fc.assert(
      fc.property(base, fc.constantFrom('data/submission.json', 'manifest.json'), fc.array(fc.tuple(fc.nat(), jsonValue), { minLength: 1, maxLength: 3 }), fc.boolean(), (bytes, target, edits, relist) => {
        feed(
          rebuild(
            bytes,
            (entries) => {
              let document = JSON.parse(entries.get(target)!.toString('utf8')) as Json;
              for (const [pick, value] of edits) document = mutate(document, pick, value);
              entries.set(target, Buffer.from(JSON.stringify(document) ?? 'null'));
            },
            relist,
          ),
        );
      }),
      { numRuns: runs(700) },
    );
  }, LONG);

  it('survives random manifests', () => {
    const manifest = fc.record(
      {
        format: fc.oneof(fc.constant('gdnn-cds-goi-du-lieu'), fc.string()),
        formatVersion: fc.oneof(fc.constantFrom(1, 2, 0, -1, 1.5, 99), fc.jsonValue()),
        snapshotFormatVersion: fc.oneof(fc.constantFrom(1, 2), fc.jsonValue()),
        province: fc.oneof(fc.record({ name: fc.string(), predecessors: fc.array(fc.string(), { maxLength: 3 }) }), fc.jsonValue()),
        year: fc.oneof(fc.integer({ min: 2015, max: 2040 }), fc.jsonValue()),
        createdAt: fc.oneof(fc.constant(createdAt), fc.jsonValue()),
        app: fc.jsonValue(),
        files: fc.oneof(
          fc.array(fc.record({ path: fc.string(), sha256: fc.string(), sizeBytes: fc.integer(), mediaType: fc.string(), role: fc.string() }), { maxLength: 5 }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(base, manifest, (bytes, random) => feed(rebuild(bytes, (entries) => entries.set('manifest.json', Buffer.from(JSON.stringify(random))), false))),
      { numRuns: runs(300) },
    );
  }, LONG);

  const hostileName = fc.oneof(
    fc.constantFrom('../x', '../../windows/system32/x.dll', '/etc/passwd', 'C:\\x', 'data\\..\\x', 'data/./x', 'a//b', 'con', '.', '..', 'data/submission.json', 'manifest.json', 'ổ đĩa/tệp.txt', 'data/'),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  );

  it('survives hostile and random entry names, listed or not', () => {
    fc.assert(
      fc.property(base, hostileName, fc.boolean(), (bytes, name, listed) => {
        const zip = rebuild(
          bytes,
          (entries) => {
            entries.set(name, Buffer.from('nội dung lạ'));
            if (listed && name !== 'manifest.json') {
              const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
              manifest.files.push({ path: name, sha256: '0'.repeat(64), sizeBytes: 0, mediaType: 'text/plain', role: 'table' });
              entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
            }
          },
          listed,
        );
        feed(zip);
      }),
      { numRuns: runs(250) },
    );
  }, LONG);

  const figures = fc.record({
    province: fc.constantFrom('Hà Nội', 'Tỉnh Hà Giang', 'BẮC KẠN', 'Thành phố Cần Thơ', 'Tỉnh Không Có Thật', 'Hoà Bình'),
    year: fc.integer({ min: 2020, max: 2035 }),
    institutions: fc.dictionary(fc.constantFrom('CD', 'TC', 'TTGDNN', 'KHAC', 'MOI'), fc.integer({ min: 0, max: 5 }), { maxKeys: 3 }),
    targets: fc.array(
      fc.record({ code: fc.constantFrom('a1', 'a2', 'b1', 'x9'), numerator: fc.option(fc.integer({ min: 0, max: 1e6 })), denominator: fc.option(fc.integer({ min: 0, max: 1e6 })) }),
      { maxLength: 4 },
    ),
    projects: fc.array(
      fc.record({ code: fc.string({ minLength: 1, maxLength: 8 }), plannedThisYearDong: fc.integer({ min: 0, max: 1e13 }), disbursedThisYearDong: fc.integer({ min: 0, max: 1e13 }), fundingGapDong: fc.integer({ min: 0, max: 1e13 }) }),
      { maxLength: 3 },
    ),
    participants: fc.integer({ min: 0, max: 1e6 }),
  });

  it('imports valid packages with random figures, and through the contract as well as the service', async () => {
    fc.assert(
      fc.property(figures, fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), (options, predecessors) => {
        const snapshot = fixtureSnapshot({ ...(options as FixtureOptions), predecessors: predecessors.filter((p) => p.trim()) });
        feed(buildDataPackage({ snapshot, documents: [], createdAt, appVersion: 'fuzz' }).bytes);
      }),
      { numRuns: runs(250) },
    );
    const mixed = fc.oneof(
      base,
      fc.tuple(base, fc.nat()).map(([bytes, at]) => {
        const copy = Buffer.from(bytes);
        copy[at % copy.length] = copy[at % copy.length]! ^ 0x5a;
        return copy;
      }),
      fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, share]) => bytes.subarray(0, Math.floor(bytes.length * share))),
    );
    await fc.assert(fc.asyncProperty(mixed, (bytes) => feedThroughContract(bytes)), { numRuns: runs(80) });
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(0);
  }, LONG);
});
