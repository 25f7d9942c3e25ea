import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from './defaults';
import { projectsSection } from './narrative-capital';
import { difficultiesSection, proposalsSection } from './narrative-issues';
import { resultsSection } from './narrative-results';
import { situationSection } from './narrative-situation';

/** What the narrative is written from: every figure of the snapshot but the submission record itself. */
export type NarrativeData = Omit<SubmissionSnapshot, 'submission'>;

const WRITERS: Record<SectionKey, (data: NarrativeData) => string> = {
  situation: situationSection,
  results: resultsSection,
  projects: projectsSection,
  difficulties: difficultiesSection,
  proposals: proposalsSection,
};

/** One section's text, written from the year's figures. */
export function prefillSection(key: SectionKey, data: NarrativeData): string {
  return WRITERS[key](data);
}

/** The five sections, prefilled from the data, in the report's order. */
export function prefillSections(data: NarrativeData): { key: SectionKey; title: string; body: string }[] {
  return SECTION_KEYS.map((key) => ({ key, title: SECTION_TITLES[key], body: prefillSection(key, data) }));
}
