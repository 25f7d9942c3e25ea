import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Envelope, errorCodes } from '../../electron/api/envelope';
import { type MethodName, methodNames, methods } from '../../electron/api/methods';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { hostileValue, mutated, pollutingKeys, validInputs } from './arbitraries';

// At least 4,000 calls in all and 60 per method, spread evenly over the contract's methods; the seed is printed so
// a failure replays.
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 4000);
const MIN_PER_METHOD = Number(process.env.FUZZ_MIN_PER_METHOD ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

type Sqlite = ReturnType<InProcessHost['ctx']['workspace']['require']>['sqlite'];
type Statement = { all(): unknown[]; get(): unknown };
const HASHED = ['province_profile', 'predecessor_provinces', 'institutions', 'change_sets'];
// Prepared once per connection: the witness runs twice per call, ~13,000 times a run, and preparing ~50 statements
// each time was most of the fuzzer's minutes.
const statements = new WeakMap<Sqlite, { counts: Statement; hashed: Statement[] }>();

/**
 * A cheap witness that nothing was written: row counts of every table, the newest change set and audit row, and a
 * hash of the tables a stray write would most likely hit.
 */
function fingerprint(host: InProcessHost): string {
  const { sqlite } = host.ctx.workspace.require();
  let prepared = statements.get(sqlite);
  if (!prepared) {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const counts = tables.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`);
    prepared = {
      counts: sqlite.prepare(`SELECT ${counts.join(', ')}, (SELECT max(id) FROM change_sets) AS "newest set", (SELECT max(id) FROM audit_rows) AS "newest row"`),
      hashed: HASHED.map((table) => sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id DESC LIMIT 200`)),
    };
    statements.set(sqlite, prepared);
  }
  const hash = createHash('sha256');
  for (const statement of prepared.hashed) hash.update(JSON.stringify(statement.all()));
  return `${JSON.stringify(prepared.counts.get())}|${hash.digest('hex')}`;
}

const show = (value: unknown) => {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
};

function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return Object.keys(Object.prototype).length === 0 && probe.polluted === undefined && Object.keys(Array.prototype).length === 0;
}

describe('fuzzing the dispatcher with every contract method', () => {
  let host: InProcessHost;
  let file: string;
  beforeAll(async () => {
    host = createInProcessHost();
    file = (await host.call('file.openSample', {})).path;
    // Something to undo, and a second predecessor list, so undo and list methods have real work to do.
    await host.call('profile.update', { patch: { signerName: 'Người ký gốc' }, predecessors: [{ name: 'Tỉnh Cũ', mergedOn: null }] });
  });
  afterAll(() => host?.cleanup());

  it('answers random, mutated and hostile input with an envelope, never INTERNAL, and writes nothing when it refuses', async () => {
    const started = Date.now();
    const generated: Partial<Record<MethodName, number>> = {};
    const outcomes = { ok: 0, refused: 0 };
    const perMethod = Math.max(MIN_PER_METHOD, Math.ceil(TOTAL_RUNS / methodNames.length));
    for (const [index, method] of methodNames.entries()) {
      const valid = validInputs(methods[method].input);
      const inputs = fc.oneof(
        { weight: 3, arbitrary: valid },
        { weight: 4, arbitrary: mutated(valid) },
        { weight: 2, arbitrary: hostileValue },
        { weight: 1, arbitrary: fc.anything() },
      );
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          generated[method] = (generated[method] ?? 0) + 1;
          const before = fingerprint(host);
          let envelope: Envelope<unknown>;
          try {
            envelope = await host.dispatch(method, input);
          } catch (error) {
            throw new Error(`${method} threw instead of answering: ${String(error)} for ${show(input)}`, { cause: error });
          }
          expect(typeof envelope.ok, method).toBe('boolean');
          if (envelope.ok) outcomes.ok += 1;
          else {
            outcomes.refused += 1;
            const where = `${method} ${envelope.error.code}: ${envelope.error.message} ${show(envelope.error.details)} for ${show(input)}`;
            expect(envelope.error.code, where).not.toBe('INTERNAL');
            expect(errorCodes, where).toContain(envelope.error.code);
            expect(host.ctx.workspace.current?.path, `${where}: a refusal changed the open file`).toBe(file);
            expect(fingerprint(host), `${where}: a refusal wrote to the database`).toBe(before);
          }
          expect(prototypesClean(), `${method} polluted a prototype with ${show(input)}`).toBe(true);
          // Methods whose valid effect closes the file or opens another one: back to the fuzzed file.
          if (host.ctx.workspace.current?.path !== file) host.ctx.workspace.open(file);
        }),
        { numRuns: perMethod, seed: SEED + index, endOnFailure: true },
      );
    }
    const total = Object.values(generated).reduce((sum, n) => sum + n, 0);
    console.info(
      `dispatcher fuzz (seed ${SEED}): ${total} generated inputs over ${methodNames.length} methods ` +
        `(${outcomes.ok} accepted, ${outcomes.refused} refused), ${((Date.now() - started) / 1000).toFixed(1)} s; per method: ` +
        Object.entries(generated)
          .map(([m, n]) => `${m} ${n}`)
          .join(', '),
    );
    expect(total).toBeGreaterThanOrEqual(3000);
  }, 240_000);

  it('answers unknown and inherited method names with UNKNOWN_METHOD', async () => {
    let generated = 0;
    const names = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...pollutingKeys, 'profile.update.x', 'PROFILE.GET', ' profile.get'), fc.anything());
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (name, input) => {
        generated += 1;
        fc.pre(!(typeof name === 'string' && (methodNames as string[]).includes(name)));
        const envelope = await host.dispatch(name as string, input);
        expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      }),
      {
        numRuns: 500,
        seed: SEED,
        // Names that are objects String() cannot print: a structured clone over IPC keeps an own toString property.
        examples: [
          [{ toString: 1 }, {}],
          [Object.create(null), {}],
          [Symbol('m'), {}],
        ],
      },
    );
    console.info(`dispatcher fuzz (seed ${SEED}): ${generated} generated unknown method names`);
  });
});
