import type { Sqlite } from '../../../db/client';
import { keyTasksByIds, keyTasksWithStt, type KeyTaskListRow, linksOfKeyTask, milestonesOfKeyTask } from '../../../db/queries/projects-key-tasks';
import { keyTaskLinks } from '../../../db/queries/projects-detail';
import { projectReferenceIds } from '../../../db/queries/projects';
import { choiceReader, textReader } from '../grid/field-parsers';
import type { RegisterSpec } from '../grid/field-spec';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

// Key tasks: the province's own list (STT, task, lead agency, coordinating agencies, period, output, the Section II
// task group it belongs to), edited in a grid like any register, and linked to the projects that serve them.

/** A task without a group cannot place its projects under Section II; allowed, but said. */
export function keyTaskWarnings(row: Pick<KeyTaskListRow, 'taskGroupCode' | 'leadAgency'>): Record<string, string> {
  const warnings: Record<string, string> = {};
  if (!row.taskGroupCode) warnings.taskGroupCode = 'Chưa gắn nhóm nhiệm vụ Mục II';
  if (!row.leadAgency) warnings.leadAgency = 'Chưa có cơ quan chủ trì';
  return warnings;
}

export function keyTaskRegister(sqlite: Sqlite): RegisterSpec<KeyTaskListRow> {
  const groups = projectReferenceIds(sqlite).taskGroups;
  const groupIds = new Map(groups.map((g) => [g.code, g.id]));
  const items = () => groups.map((g) => ({ code: g.code, names: [g.nameVi, g.nameEn, `${g.code}. ${g.nameVi}`] }));
  const text = (max: number) => textReader({ maxLength: max });
  const warn = (field: string) => (row: KeyTaskListRow) => keyTaskWarnings(row)[field] ?? null;
  return {
    table: 'key_tasks',
    noun: 'nhiệm vụ',
    load: (ids) => keyTasksByIds(sqlite, ids),
    findByUnique: (_field, values) => keyTasksWithStt(sqlite, values.map(String)).map((row) => ({ id: row.id, value: row.stt })),
    describe: (row) => `số ${row.stt}`,
    fields: [
      { field: 'stt', header: 'STT', kind: 'text', column: 'stt', required: true, parse: text(20), uniqueKey: (v) => String(v ?? '').trim() },
      { field: 'name', header: 'Nhiệm vụ', kind: 'text', column: 'name', required: true, parse: text(1000) },
      { field: 'leadAgency', header: 'Cơ quan chủ trì', kind: 'text', column: 'leadAgency', parse: text(300), warn: warn('leadAgency') },
      { field: 'coordinatingAgencies', header: 'Cơ quan phối hợp', kind: 'text', column: 'coordinatingAgencies', parse: text(1000) },
      { field: 'period', header: 'Thời gian thực hiện', kind: 'text', column: 'period', parse: text(100) },
      { field: 'output', header: 'Sản phẩm', kind: 'text', column: 'output', parse: text(1000) },
      {
        field: 'taskGroupCode',
        header: 'Nhóm nhiệm vụ',
        kind: 'choice',
        column: 'taskGroupId',
        parse: choiceReader(items, 'Nhóm nhiệm vụ'),
        toStored: (code) => (code === null ? null : groupIds.get(String(code))),
        warn: warn('taskGroupCode'),
      },
      { field: 'projectCount', header: 'Số dự án', kind: 'integer', readOnly: 'Gắn dự án trong bảng chi tiết dự án' },
    ],
  };
}

/** Sets exactly these key tasks on a project: links added and removed in one change. */
export function setKeyTasks(sqlite: Sqlite, author: Author, projectId: number, keyTaskIds: number[]) {
  const project = sqlite.prepare('SELECT code FROM projects WHERE id = ?').get(projectId) as { code: string } | undefined;
  if (!project) throw new ServiceError('NOT_FOUND', `Không tìm thấy dự án #${projectId}.`, { id: projectId });
  const wanted = new Set(keyTaskIds);
  const known = keyTasksByIds(sqlite, [...wanted]);
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length) throw new ServiceError('NOT_FOUND', `Không tìm thấy nhiệm vụ trọng tâm #${unknown.join(', #')}.`, { ids: unknown });
  const links = keyTaskLinks(sqlite, projectId);
  const have = new Set(links.map((l) => l.keyTaskId));
  const changes: Change[] = [
    ...links.filter((l) => !wanted.has(l.keyTaskId)).map((l): Change => ({ op: 'delete', table: 'project_key_tasks', id: l.id })),
    ...[...wanted].filter((id) => !have.has(id)).map((keyTaskId): Change => ({ op: 'insert', table: 'project_key_tasks', values: { projectId, keyTaskId } })),
  ];
  if (changes.length === 0) return { changeSetId: null };
  const stts = [...wanted].map((id) => known.get(id)!.stt).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const result = applyChanges(sqlite, author, {
    action: 'projects.setKeyTasks',
    label: `Dự án ${project.code}: nhiệm vụ trọng tâm ${stts.length ? stts.join(', ') : '(không có)'}`,
    changes,
  });
  return { changeSetId: result.changeSetId };
}

export function deleteKeyTask(sqlite: Sqlite, author: Author, id: number) {
  const task = keyTasksByIds(sqlite, [id]).get(id);
  if (!task) throw new ServiceError('NOT_FOUND', `Không tìm thấy nhiệm vụ trọng tâm #${id}.`, { id });
  const milestones = milestonesOfKeyTask(sqlite, id);
  if (milestones > 0) {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Nhiệm vụ số ${task.stt} đang được ${milestones} mốc lộ trình dẫn chiếu: bỏ liên kết ở lộ trình trước.`, { id, milestones });
  }
  const changes: Change[] = linksOfKeyTask(sqlite, id).map((linkId): Change => ({ op: 'delete', table: 'project_key_tasks', id: linkId }));
  changes.push({ op: 'delete', table: 'key_tasks', id });
  const result = applyChanges(sqlite, author, { action: 'projects.deleteKeyTask', label: `Xóa nhiệm vụ trọng tâm số ${task.stt}`, changes });
  return { changeSetId: result.changeSetId };
}
