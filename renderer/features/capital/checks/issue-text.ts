import type { CheckIssue } from '../../../../electron/api/schemas/capital';
import { formatMillions } from '../../../../electron/api/text/format';

// The services word each issue in Vietnamese (the language of the file and of exports). In English the page words
// it again from the issue's structured fields; details only the Vietnamese text carries (a stage's name, a
// period's code) are left out rather than mistranslated.

const m = (dong: number | null) => `${formatMillions(dong ?? 0)} million VND`;

export function englishIssueText(i: CheckIssue): string {
  const source = i.sourceCode ?? '';
  switch (i.kind) {
    case 'overTotal':
      return `Allocated ${m(i.amountDong)} in all, beyond the total investment of ${m(i.referenceDong)}`;
    case 'overSource':
      return `${source} allocated ${m(i.amountDong)}, beyond the source's share of ${m(i.referenceDong)}`;
    case 'sourceNotUsed':
      return `${m(i.amountDong)} of ${source} allocated, but the project's total investment has no ${source}`;
    case 'overMediumTerm':
      return `${source} allocated in the period ${m(i.amountDong)}, beyond the medium-term plan of ${m(i.referenceDong)}`;
    case 'mediumTermOverSource':
      return `Medium-term ${source} ${m(i.amountDong)}, beyond the source's share of ${m(i.referenceDong)}`;
    case 'cancelledAllocation':
      return `Cancelled project still holds ${m(i.amountDong)} of ${source} in ${i.year}: adjust it to 0`;
    case 'yearOutsideProject':
      return `${m(i.amountDong)} of ${source} in ${i.year}, outside the project's years`;
    case 'fundingGap':
      return `Short of ${m(i.amountDong)} of ${source} (share ${m(i.referenceDong)}), from ${i.year}`;
    case 'paceBehind':
      return `Disbursed ${m(i.amountDong)} against ${m(i.referenceDong)} expected by now`;
    case 'priority':
      return `Receives ${m(i.amountDong)} of ${source} in ${i.year} while higher-priority projects are short of ${m(i.referenceDong)}: ${i.related.slice(0, 5).join(', ')}`;
    case 'legalBasis':
      return 'A lifecycle step lacks its document number, date or issuing body';
  }
}
