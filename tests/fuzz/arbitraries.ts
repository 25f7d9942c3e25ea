import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  $ref?: string;
};

const text = fc.string({ unit: 'grapheme', maxLength: 24 });

/**
 * Names every object inherits. As keys they must never reach a prototype (each is sent as an own property, as
 * JSON.parse makes it); as string values they must never be looked up in a plain object (`map[input]` finds
 * Object.prototype.toString).
 */
export const pollutingKeys = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'valueOf', 'hasOwnProperty'] as const;

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') return fc.date({ min: new Date('2015-01-01'), max: new Date('2045-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ min: new Date('2015-01-01'), max: new Date('2045-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  if (schema.pattern) {
    for (const flags of ['u', '']) {
      try {
        const pattern = new RegExp(schema.pattern, flags);
        return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
      } catch {
        // fast-check cannot generate from every pattern (lookaheads); plain strings then, which the schema may refuse.
      }
    }
  }
  const inherited = pollutingKeys.filter((key) => key.length >= minLength && key.length <= maxLength);
  const plain = fc.string({ unit: 'grapheme', minLength, maxLength });
  return inherited.length > 0 ? fc.oneof({ weight: 9, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom(...inherited) }) : plain;
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : -1e9);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : 1e9);
  const lo = Math.max(min, Number.MIN_SAFE_INTEGER);
  const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
  if (integer) {
    // Small values find real rows (ids, years); the bounds themselves are where off-by-ones live.
    const edges = [lo, hi, Math.max(lo, Math.min(hi, 0)), Math.max(lo, Math.min(hi, 1))].map(Math.trunc);
    return fc.oneof(fc.integer({ min: Math.ceil(Math.max(lo, -1e9)), max: Math.floor(Math.min(hi, 1e9)) }), fc.integer({ min: Math.ceil(Math.max(lo, 0)), max: Math.floor(Math.min(hi, Math.max(Math.max(lo, 0), 60))) }), fc.constantFrom(...edges));
  }
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** Values a JSON Schema (from zod's toJSONSchema of a contract input) accepts, or nearly: the contract still has the last word. */
export function fromJsonSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6 || schema.$ref) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fromJsonSchema(s, depth + 1)));
  if (schema.allOf?.[0]) return fromJsonSchema(schema.allOf[0], depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => fromJsonSchema({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema);
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, fromJsonSchema(s, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
      );
      if (Object.keys(properties).length > 0 || schema.additionalProperties === false) return record;
      const values = typeof schema.additionalProperties === 'object' ? fromJsonSchema(schema.additionalProperties, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      return fc.dictionary(text, values, { maxKeys: 4 });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Valid-looking inputs of a contract method, derived from its zod schema. */
export function validInputs(schema: z.ZodType): fc.Arbitrary<unknown> {
  try {
    return fromJsonSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  } catch {
    return fc.constant({});
  }
}

const deep = (depth: number, leaf: unknown, kind: 'object' | 'array') => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = kind === 'object' ? { a: value } : [value];
  return value;
};


/** Values no contract accepts anywhere it matters: wrong types, edges of numbers, huge and deep values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 53, -(2 ** 31), 1e308, '', ' ', '0', '1', 'true', 'null', '../..', '/etc/passwd', 'C:\\Windows', '\u0000', '\u202e', 'ñ'.normalize('NFD')),
  fc.constantFrom(null, undefined, true, false, [], {}, [[]], [{}]),
  fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(10 ** (n + 3))),
  fc.integer({ min: 50, max: 3000 }).chain((depth) => fc.constantFrom('object', 'array').map((kind) => deep(depth, 1, kind as 'object' | 'array'))),
  fc.constantFrom(...pollutingKeys).map((key) => JSON.parse(`{"${key}": {"polluted": true}}`) as unknown),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value && typeof value === 'object' && prefix.length < 6) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown, mode: 'replace' | 'delete'): unknown {
  if (path.length === 0) return mode === 'delete' ? undefined : value;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0 && mode === 'delete') delete copy[head];
  else Object.defineProperty(copy, head, { value: setAt(copy[head], rest, value, mode), enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * A valid input with one thing wrong: a value replaced by a hostile one, a key removed, or a key added (also
 * __proto__ and friends, as own properties), at any depth.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), hostileValue, fc.constantFrom('replace', 'delete', 'add', 'add-polluting'), fc.string({ maxLength: 12 }), fc.constantFrom(...pollutingKeys))
    .map(([value, pick, hostile, how, newKey, pollutingKey]) => {
      const paths = pathsOf(value);
      const path = paths[pick % paths.length]!;
      if (how === 'replace') return setAt(value, path, hostile, 'replace');
      if (how === 'delete') return setAt(value, path, undefined, 'delete');
      const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
      if (!target || typeof target !== 'object' || Array.isArray(target)) return setAt(value, path, hostile, 'replace');
      const key = how === 'add' ? newKey : pollutingKey;
      const grown = { ...(target as object) };
      Object.defineProperty(grown, key, { value: hostile, enumerable: true, writable: true, configurable: true });
      return setAt(value, path, grown, 'replace');
    });
}
