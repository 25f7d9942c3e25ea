import data from './provinces-2025.json';

// The provincial units after Resolution 202/2025/QH15 and the provinces they were formed from. Shipped as data so a
// correction is an edit of the JSON, not of code. Matching names (diacritics, "Tỉnh"/"TP." prefixes, dashes) is the
// consolidation service's job; this file only types and hands out the list.

export interface ProvinceUnit {
  /** The unit's name since 01/07/2025. */
  name: string;
  kind: 'province' | 'city';
  /** The provinces before the merger that form it, itself included when it kept its name. */
  predecessors: string[];
}

export const PROVINCES_2025_SOURCE: string = data.source;

export const provinceUnits: readonly ProvinceUnit[] = data.units.map((unit) => ({
  name: unit.name,
  kind: unit.kind === 'city' ? 'city' : 'province',
  predecessors: [...unit.predecessors],
}));

/** Other spellings of a unit's or a predecessor's name ("TP.HCM", "Bắc Cạn"), by the name used in `provinceUnits`. */
export const provinceAliases: Readonly<Record<string, readonly string[]>> = data.aliases;
