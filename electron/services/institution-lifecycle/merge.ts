import type { LifecycleResult, MergeInput } from '../../api/schemas/institution-lifecycle';
import type { ServiceContext } from '../context';
import type { Change } from '../history/change';
import { ServiceError } from '../service-error';
import { requireActive, requireDistinct, requireEventDate } from './checks';
import { closeGovernance, commit, eventChanges, namesOf } from './commit';
import { newInstitutionChanges } from './new-institution';
import { type InstitutionRecord, loadInstitution, nextIds } from './records';

type Counts = Pick<InstitutionRecord, 'teachers' | 'managers' | 'learners'>;
const COUNTS = ['teachers', 'managers', 'learners'] as const;

/** Head counts added up; a count nobody reported stays unknown rather than becoming 0. */
function sumCounts(records: Counts[]): Counts {
  const out: Counts = { teachers: null, managers: null, learners: null };
  for (const key of COUNTS) {
    const known = records.map((r) => r[key]).filter((v): v is number => v !== null);
    out[key] = known.length ? known.reduce((a, b) => a + b, 0) : null;
  }
  return out;
}

/**
 * Sáp nhập (into an existing institution) or hợp nhất (into a new one). The sources end on the date: status
 * 'merged', successor = the result, their governance closed the day before. With addCounts the result's teachers,
 * managers and learners become its own plus the sources' (a new one: the sources' sum), since the staff and
 * learners move with the merger; the user can correct them afterwards.
 */
export function mergeInstitutions(ctx: ServiceContext, input: MergeInput): LifecycleResult {
  const { sqlite } = ctx.workspace.require();
  requireDistinct(input.sourceIds, 'Danh sách cơ sở được sáp nhập');
  const sources = input.sourceIds.map((id) => loadInstitution(sqlite, id));
  sources.forEach(requireActive);
  const ids = nextIds(sqlite);
  const changes: Change[] = [];
  let result: InstitutionRecord | null = null;
  let resultId: number;
  let resultName: string;

  if ('existingId' in input.into) {
    if (input.sourceIds.includes(input.into.existingId)) {
      throw new ServiceError('INVALID_INPUT', 'Không thể sáp nhập một cơ sở vào chính nó.', { field: 'into' });
    }
    result = loadInstitution(sqlite, input.into.existingId);
    requireActive(result);
    resultId = result.id;
    resultName = result.name;
  } else {
    if (sources.length < 2) {
      throw new ServiceError('INVALID_INPUT', 'Hợp nhất thành cơ sở mới cần ít nhất hai cơ sở; một cơ sở đổi tên thì dùng "Đổi tên".', { field: 'sourceIds' });
    }
    resultId = ids.institution;
    resultName = input.into.newInstitution.name;
  }
  requireEventDate(ctx, sqlite, input.occurredOn, sources, { what: 'Ngày sáp nhập' });
  if (result) requireEventDate(ctx, sqlite, input.occurredOn, [result], { what: 'Ngày sáp nhập', endsGovernance: false });

  if ('newInstitution' in input.into) {
    const counts = input.addCounts ? sumCounts(sources) : { teachers: null, managers: null, learners: null };
    changes.push(...newInstitutionChanges(sqlite, resultId, input.into.newInstitution, input.occurredOn, counts, input.sourceIds));
  } else if (input.addCounts && result) {
    const counts = sumCounts([result, ...sources]);
    changes.push({ op: 'update', table: 'institutions', id: resultId, set: counts });
  }
  for (const source of sources) {
    changes.push({ op: 'update', table: 'institutions', id: source.id, set: { status: 'merged', successorId: resultId, statusChangedOn: input.occurredOn } });
    changes.push(...closeGovernance(sqlite, source.id, input.occurredOn));
  }
  changes.push(
    ...eventChanges(ids.event, { kind: 'merge', ...input }, [
      ...sources.map((s) => ({ institutionId: s.id, role: 'source' as const })),
      { institutionId: resultId, role: 'result' as const },
    ]),
  );
  const names = namesOf(sources.map((s) => s.name));
  const label = result ? `Sáp nhập ${names} vào ${resultName}` : `Hợp nhất ${names} thành ${resultName}`;
  return commit(ctx, sqlite, 'institutions.merge', label, changes, { eventId: ids.event, institutionIds: [resultId, ...input.sourceIds] });
}
