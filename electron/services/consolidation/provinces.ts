import { type ProvinceUnit, provinceAliases, provinceUnits } from '../../../db/reference/provinces';
import { foldVietnamese } from '../../api/text/vietnamese';

// Which of the 34 provincial units (Resolution 202/2025/QH15) a package's province rolls up into. Names match without
// diacritics, case, "Tỉnh" / "Thành phố" / "TP." prefixes or punctuation, so "TỈNH HÀ GIANG", "Hà Giang" and
// "tinh ha giang" are one province; other spellings come from the shipped aliases. A package may also declare the
// provinces merged into it: those names then roll up into its unit too.

/** The comparable form of a province name: "Tỉnh Bà Rịa – Vũng Tàu" → "ba ria vung tau", "TP.HCM" → "hcm". */
export function provinceKey(name: string): string {
  const folded = foldVietnamese(name.normalize('NFC')).trim();
  let bare = folded;
  for (let previous = ''; previous !== bare; ) {
    previous = bare;
    bare = bare.replace(/^(tinh\s+|thanh\s+pho\s+|tp\.?\s*)/, '');
  }
  return bare.replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface ProvinceMatch {
  /** The 34-unit name it rolls up into; the name itself when it is not one the list knows. */
  unit: string;
  kind: 'province' | 'city' | 'unknown';
  known: boolean;
  /** The province's own name as the list writes it (aliases resolved), or the given name trimmed. */
  canonical: string;
}

interface Entry {
  canonical: string;
  unit: ProvinceUnit;
}

function buildIndex(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  for (const unit of provinceUnits) {
    index.set(provinceKey(unit.name), { canonical: unit.name, unit });
    for (const predecessor of unit.predecessors) {
      // A unit that kept its territory (Huế, once Thừa Thiên Huế) is one province under either name.
      const same = unit.predecessors.length === 1 || provinceKey(predecessor) === provinceKey(unit.name);
      if (!same) index.set(provinceKey(predecessor), { canonical: predecessor, unit });
      else if (!index.has(provinceKey(predecessor))) index.set(provinceKey(predecessor), { canonical: unit.name, unit });
    }
  }
  for (const [name, aliases] of Object.entries(provinceAliases)) {
    const entry = index.get(provinceKey(name));
    if (!entry) continue;
    for (const alias of aliases) if (!index.has(provinceKey(alias))) index.set(provinceKey(alias), entry);
  }
  return index;
}

const index = buildIndex();

/** Every unit of the 34, in the list's order. */
export const units = provinceUnits;

/** Names declared as predecessors by packages: predecessor key → the declaring package's province name. */
export type DeclaredPredecessors = Map<string, string>;

export function matchProvince(name: string, declared: DeclaredPredecessors = new Map()): ProvinceMatch {
  const key = provinceKey(name);
  const entry = index.get(key);
  if (entry) return { unit: entry.unit.name, kind: entry.unit.kind, known: true, canonical: entry.canonical };
  const declarer = declared.get(key);
  if (declarer !== undefined && provinceKey(declarer) !== key) {
    const parent = matchProvince(declarer);
    return { ...parent, canonical: name.trim() };
  }
  return { unit: name.trim(), kind: 'unknown', known: false, canonical: name.trim() };
}

/** The key a package is stored under: two spellings of one province and year are one package (a duplicate). */
export const packageProvinceKey = (name: string) => provinceKey(matchProvince(name).canonical);

/** Adds a package's declared predecessors to the map (the first declarer of a name wins). */
export function declarePredecessors(declared: DeclaredPredecessors, provinceName: string, predecessors: readonly string[]): void {
  for (const predecessor of predecessors) {
    const key = provinceKey(predecessor);
    if (key && key !== provinceKey(provinceName) && !declared.has(key)) declared.set(key, provinceName);
  }
}
