import type { Sqlite } from '../../../db/client';
import { childIds, projectDependents } from '../../../db/queries/projects-detail';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

/**
 * Deletes a project entered by mistake, with its links, steps, documents and funding, as one change. A project
 * that has capital, medium-term plans, roadmap milestones or appears in a frozen plan version is history: it is
 * cancelled (a lifecycle step), never deleted.
 */
export function deleteProject(sqlite: Sqlite, author: Author, id: number) {
  const project = sqlite.prepare('SELECT code FROM projects WHERE id = ?').get(id) as { code: string } | undefined;
  if (!project) throw new ServiceError('NOT_FOUND', `Không tìm thấy dự án #${id}.`, { id });
  const ties = projectDependents(sqlite, id);
  const reasons = [
    ties.allocations && `${ties.allocations} dòng kế hoạch vốn năm`,
    ties.mediumTerm && `${ties.mediumTerm} dòng kế hoạch trung hạn`,
    ties.milestones && `${ties.milestones} mốc lộ trình`,
    ties.frozen && 'có trong phiên bản kế hoạch đã chốt',
  ].filter(Boolean);
  if (reasons.length) {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Không xóa được dự án ${project.code} (${reasons.join(', ')}): hãy chuyển sang "Hủy bỏ".`, { id, ...ties });
  }
  const changes: Change[] = [
    ...childIds(sqlite, 'project_documents', id).map((doc): Change => ({ op: 'delete', table: 'project_documents', id: doc })),
    ...childIds(sqlite, 'project_key_tasks', id).map((link): Change => ({ op: 'delete', table: 'project_key_tasks', id: link })),
    ...childIds(sqlite, 'project_stage_events', id).map((event): Change => ({ op: 'delete', table: 'project_stage_events', id: event })),
    ...childIds(sqlite, 'project_funding', id).map((row): Change => ({ op: 'delete', table: 'project_funding', id: row })),
    { op: 'delete', table: 'projects', id },
  ];
  const result = applyChanges(sqlite, author, { action: 'projects.delete', label: `Xóa dự án ${project.code}`, changes });
  return { changeSetId: result.changeSetId };
}
