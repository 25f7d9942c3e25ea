/**
 * A map lookup that sees only the map's own keys. Sort fields and filter keys come from the page; with a plain
 * `map[key]`, names like "toString" or "__proto__" find Object.prototype and end up pasted into SQL.
 */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
