import type { LifecycleResult, SplitInput } from '../../api/schemas/institution-lifecycle';
import { foldVietnamese } from '../../api/text/vietnamese';
import type { ServiceContext } from '../context';
import type { Change } from '../history/change';
import { ServiceError } from '../service-error';
import { requireActive, requireEventDate } from './checks';
import { closeGovernance, commit, eventChanges, namesOf } from './commit';
import { newInstitutionChanges } from './new-institution';
import { loadInstitution, nextIds } from './records';

/**
 * One institution becomes two or more new ones. The source ends with status 'split' and NO successor: its past
 * values cannot be divided honestly among the results, so reports keep them under the source (which rolls up
 * into itself) and the event's links say which institutions came out of it. The results start with unknown head
 * counts for the same reason.
 */
export function splitInstitution(ctx: ServiceContext, input: SplitInput): LifecycleResult {
  const { sqlite } = ctx.workspace.require();
  const source = loadInstitution(sqlite, input.sourceId);
  requireActive(source);
  requireEventDate(ctx, sqlite, input.occurredOn, [source], { what: 'Ngày chia tách' });
  const codes = input.results.map((r) => r.code.trim().toUpperCase());
  const names = input.results.map((r) => foldVietnamese(r.name.trim()));
  if (new Set(codes).size !== codes.length) throw new ServiceError('INVALID_INPUT', 'Các cơ sở mới phải có mã khác nhau.', { field: 'results' });
  if (new Set(names).size !== names.length) throw new ServiceError('INVALID_INPUT', 'Các cơ sở mới phải có tên khác nhau.', { field: 'results' });

  const ids = nextIds(sqlite);
  const resultIds = input.results.map((_, i) => ids.institution + i);
  const unknown = { teachers: null, managers: null, learners: null };
  const changes: Change[] = input.results.flatMap((result, i) => newInstitutionChanges(sqlite, resultIds[i]!, result, input.occurredOn, unknown, [source.id]));
  changes.push({ op: 'update', table: 'institutions', id: source.id, set: { status: 'split', successorId: null, statusChangedOn: input.occurredOn } });
  changes.push(...closeGovernance(sqlite, source.id, input.occurredOn));
  changes.push(
    ...eventChanges(ids.event, { kind: 'split', ...input }, [
      { institutionId: source.id, role: 'source' },
      ...resultIds.map((institutionId) => ({ institutionId, role: 'result' as const })),
    ]),
  );
  const label = `Chia tách ${source.name} thành ${namesOf(input.results.map((r) => r.name))}`;
  return commit(ctx, sqlite, 'institutions.split', label, changes, { eventId: ids.event, institutionIds: [...resultIds, source.id] });
}
