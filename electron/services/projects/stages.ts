import type { Sqlite } from '../../../db/client';
import { childIds, stageEvent } from '../../../db/queries/projects-detail';
import { projectReferenceIds } from '../../../db/queries/projects';
import type { recordStageInput, updateStageInput } from '../../api/schemas/projects';
import type { z } from 'zod';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { stageName } from './warnings';

// Lifecycle steps. Each records its legal basis (decision number, date, issuing body). A step without one is
// saved and warned about, never refused: the planner often records a step before the decision reaches them.

interface Basis {
  decisionNumber?: string | null | undefined;
  decisionDate?: string | null | undefined;
  issuingBody?: string | null | undefined;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/** What the legal basis lacks, in words, or null when it is complete. */
export function missingBasis(basis: Basis): string | null {
  const missing: string[] = [];
  if (blank(basis.decisionNumber)) missing.push('số văn bản');
  if (blank(basis.decisionDate)) missing.push('ngày ban hành');
  if (blank(basis.issuingBody)) missing.push('cơ quan ban hành');
  return missing.length ? `Thiếu ${missing.join(', ')}` : null;
}

const clean = (value: string | null | undefined) => (blank(value) ? null : value!.normalize('NFC').trim());

function warningsFor(stageCode: string, basis: Basis): string[] {
  const missing = missingBasis(basis);
  return missing ? [`Bước "${stageName(stageCode)}" chưa có đủ căn cứ pháp lý: ${missing.toLowerCase()}.`] : [];
}

function projectExists(sqlite: Sqlite, id: number) {
  const row = sqlite.prepare('SELECT id, code, stage_id AS stageId FROM projects WHERE id = ?').get(id) as { id: number; code: string; stageId: number } | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy dự án #${id}.`, { id });
  return row;
}

export function recordStage(sqlite: Sqlite, author: Author, input: z.output<typeof recordStageInput>) {
  const project = projectExists(sqlite, input.projectId);
  const stage = projectReferenceIds(sqlite).stages.find((s) => s.code === input.stageCode);
  if (!stage) throw new ServiceError('INVALID_INPUT', `Giai đoạn "${input.stageCode}" không có trong danh mục.`, { stageCode: input.stageCode });
  const values = {
    projectId: project.id,
    stageId: stage.id,
    decisionNumber: clean(input.decisionNumber),
    decisionDate: clean(input.decisionDate),
    issuingBody: clean(input.issuingBody),
    note: clean(input.note),
  };
  const changes: Change[] = [{ op: 'insert', table: 'project_stage_events', values }];
  if (input.makeCurrent && project.stageId !== stage.id) changes.push({ op: 'update', table: 'projects', id: project.id, set: { stageId: stage.id } });
  const result = applyChanges(sqlite, author, {
    action: 'projects.recordStage',
    label: `Dự án ${project.code}: ${stageName(stage.code)}${values.decisionNumber ? ` (${values.decisionNumber})` : ''}`,
    changes,
  });
  return { changeSetId: result.changeSetId, eventId: result.insertedIds[0]!, warnings: warningsFor(stage.code, values) };
}

export function updateStage(sqlite: Sqlite, author: Author, input: z.output<typeof updateStageInput>) {
  const event = stageEvent(sqlite, input.id);
  if (!event) throw new ServiceError('NOT_FOUND', `Không tìm thấy bước vòng đời #${input.id}.`, { id: input.id });
  const set: Record<string, string | null> = {};
  for (const key of ['decisionNumber', 'decisionDate', 'issuingBody', 'note'] as const) {
    if (input.patch[key] !== undefined) set[key] = clean(input.patch[key]);
  }
  const project = projectExists(sqlite, event.projectId);
  const result = applyChanges(sqlite, author, {
    action: 'projects.updateStage',
    label: `Dự án ${project.code}: sửa căn cứ pháp lý bước ${stageName(event.stageCode)}`,
    changes: [{ op: 'update', table: 'project_stage_events', id: event.id, set }],
  });
  return { changeSetId: result.changeSetId, eventId: event.id, warnings: warningsFor(event.stageCode, { ...event, ...set }) };
}

/**
 * Removes a step and the documents attached to it (their bytes stay for undo). When it was the project's current
 * stage, the project goes back to the latest remaining step's stage.
 */
export function deleteStage(sqlite: Sqlite, author: Author, id: number) {
  const event = stageEvent(sqlite, id);
  if (!event) throw new ServiceError('NOT_FOUND', `Không tìm thấy bước vòng đời #${id}.`, { id });
  const project = projectExists(sqlite, event.projectId);
  const documents = (sqlite.prepare('SELECT id FROM project_documents WHERE stage_event_id = ?').all(id) as { id: number }[]).map((r) => r.id);
  const changes: Change[] = documents.map((docId) => ({ op: 'delete', table: 'project_documents', id: docId }));
  changes.push({ op: 'delete', table: 'project_stage_events', id });
  const stages = projectReferenceIds(sqlite).stages;
  const current = stages.find((s) => s.id === project.stageId);
  if (current?.code === event.stageCode) {
    const remaining = childIds(sqlite, 'project_stage_events', project.id).filter((other) => other !== id);
    const latest = remaining
      .map((other) => stageEvent(sqlite, other)!)
      .sort((a, b) => (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') || a.id - b.id)
      .at(-1);
    const back = latest ? stages.find((s) => s.code === latest.stageCode) : stages.find((s) => s.code === 'PROPOSED');
    if (back && back.id !== project.stageId) changes.push({ op: 'update', table: 'projects', id: project.id, set: { stageId: back.id } });
  }
  const result = applyChanges(sqlite, author, {
    action: 'projects.deleteStage',
    label: `Dự án ${project.code}: xóa bước ${stageName(event.stageCode)}`,
    changes,
  });
  return { changeSetId: result.changeSetId };
}
