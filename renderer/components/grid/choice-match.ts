import { foldVietnamese } from '../../../electron/api/text/vietnamese';
import type { Choice } from './types';

// Finding a choice from what a person typed or pasted: labels compare without diacritics, case or NFC/NFD
// differences, so "truong trung cap" finds "Trường trung cấp" and an Excel cell holding the code finds it too.

export type ChoiceMatch = { ok: true; choice: Choice } | { ok: false; reason: 'none' | 'ambiguous' };

const fold = (text: string | number) => foldVietnamese(String(text)).replace(/\s+/g, ' ').trim();

/** An exact label or value first; otherwise the one label that starts with, then contains, the text. */
export function matchChoice(text: string, choices: readonly Choice[]): ChoiceMatch {
  const needle = fold(text);
  if (needle === '') return { ok: false, reason: 'none' };
  const exact = choices.find((c) => fold(c.label) === needle || fold(c.value) === needle);
  if (exact) return { ok: true, choice: exact };
  for (const test of [(label: string) => label.startsWith(needle), (label: string) => label.includes(needle)]) {
    const found = choices.filter((c) => test(fold(c.label)));
    if (found.length === 1) return { ok: true, choice: found[0]! };
    if (found.length > 1) return { ok: false, reason: 'ambiguous' };
  }
  return { ok: false, reason: 'none' };
}

/** The choices a typed text could mean, best first, for the editor's list. */
export function filterChoices(text: string, choices: readonly Choice[]): Choice[] {
  const needle = fold(text);
  if (needle === '') return [...choices];
  const starts = choices.filter((c) => fold(c.label).startsWith(needle) || fold(c.value) === needle);
  const rest = choices.filter((c) => !starts.includes(c) && fold(c.label).includes(needle));
  return [...starts, ...rest];
}
