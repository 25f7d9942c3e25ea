import type { Sqlite } from '../../../db/client';
import { linkableItems, type MilestoneRecord } from '../../../db/queries/roadmap';
import type { LinkChoice, MilestoneLinkKind } from '../../api/schemas/roadmap';

// A milestone's link, as one grid cell: "target:a1", "keyTask:3" or "project:DA-CDS-02" (codes, not ids, so what a
// planner pastes from a workbook finds it), read by the server into the three link columns of which at most one is set.

const NOUN: Record<MilestoneLinkKind, string> = { target: 'Chỉ tiêu', keyTask: 'Nhiệm vụ', project: 'Dự án' };
const NAME_LENGTH = 80;

const shorten = (text: string) => (text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1).trimEnd()}…` : text);

export const linkValue = (kind: MilestoneLinkKind, code: string) => `${kind}:${code}`;
export const linkLabel = (kind: MilestoneLinkKind, code: string, name: string | null) => `${NOUN[kind]} ${code}${name ? `: ${shorten(name)}` : ''}`;

export interface MilestoneLink {
  kind: MilestoneLinkKind;
  code: string;
  value: string;
  label: string;
}

/** The link of a milestone row as the grid shows it; a target wins over a task and a task over a project, as in the report. */
export function linkOf(m: Pick<MilestoneRecord, 'targetCode' | 'targetName' | 'keyTaskStt' | 'keyTaskName' | 'projectCode' | 'projectName'>): MilestoneLink | null {
  const make = (kind: MilestoneLinkKind, code: string, name: string | null) => ({ kind, code, value: linkValue(kind, code), label: linkLabel(kind, code, name) });
  if (m.targetCode) return make('target', m.targetCode, m.targetName);
  if (m.keyTaskStt) return make('keyTask', m.keyTaskStt, m.keyTaskName);
  if (m.projectCode) return make('project', m.projectCode, m.projectName);
  return null;
}

/** Every target, key task and project a milestone may be linked to, as choices of the link column. */
export function linkChoices(sqlite: Sqlite): LinkChoice[] {
  const items = linkableItems(sqlite);
  const of = (kind: MilestoneLinkKind, rows: { id: number; code: string; name: string }[]) =>
    rows.map((r): LinkChoice => ({ kind, id: r.id, code: r.code, value: linkValue(kind, r.code), label: linkLabel(kind, r.code, r.name) }));
  return [...of('target', items.targets), ...of('keyTask', items.keyTasks), ...of('project', items.projects)];
}

/** The three link columns a link value writes (one set, the others cleared); null when the value names nothing known. */
export function linkColumns(choices: readonly LinkChoice[], value: string | null) {
  if (value === null) return { targetId: null, keyTaskId: null, projectId: null };
  const choice = choices.find((c) => c.value === value);
  if (!choice) return null;
  return {
    targetId: choice.kind === 'target' ? choice.id : null,
    keyTaskId: choice.kind === 'keyTask' ? choice.id : null,
    projectId: choice.kind === 'project' ? choice.id : null,
  };
}
