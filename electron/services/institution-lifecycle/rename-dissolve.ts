import type { DissolveInput, LifecycleResult, RenameInput } from '../../api/schemas/institution-lifecycle';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';
import { requireActive, requireEventDate, requireFreeName } from './checks';
import { closeGovernance, commit, eventChanges } from './commit';
import { loadInstitution, nextIds } from './records';

// A rename or dissolution concerns one institution; its event link uses the role 'source' (the table knows only
// source and result, and there is no result).

export function renameInstitution(ctx: ServiceContext, input: RenameInput): LifecycleResult {
  const { sqlite } = ctx.workspace.require();
  const institution = loadInstitution(sqlite, input.id);
  requireActive(institution);
  const newName = input.newName.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (newName === institution.name) throw new ServiceError('INVALID_INPUT', 'Tên mới trùng với tên hiện tại.', { field: 'newName' });
  requireFreeName(sqlite, newName, [institution.id]);
  requireEventDate(ctx, sqlite, input.occurredOn, [institution], { what: 'Ngày đổi tên', endsGovernance: false });
  const { event } = nextIds(sqlite);
  const changes = [
    { op: 'update' as const, table: 'institutions' as const, id: institution.id, set: { name: newName } },
    ...eventChanges(event, { kind: 'rename', ...input, oldName: institution.name, newName }, [{ institutionId: institution.id, role: 'source' }]),
  ];
  return commit(ctx, sqlite, 'institutions.rename', `Đổi tên ${institution.name} thành ${newName}`, changes, {
    eventId: event,
    institutionIds: [institution.id],
  });
}

/** The institution ends with no successor: its past values stay reportable under its own name. */
export function dissolveInstitution(ctx: ServiceContext, input: DissolveInput): LifecycleResult {
  const { sqlite } = ctx.workspace.require();
  const institution = loadInstitution(sqlite, input.id);
  requireActive(institution);
  requireEventDate(ctx, sqlite, input.occurredOn, [institution], { what: 'Ngày giải thể' });
  const { event } = nextIds(sqlite);
  const changes = [
    { op: 'update' as const, table: 'institutions' as const, id: institution.id, set: { status: 'dissolved', successorId: null, statusChangedOn: input.occurredOn } },
    ...closeGovernance(sqlite, institution.id, input.occurredOn),
    ...eventChanges(event, { kind: 'dissolve', ...input }, [{ institutionId: institution.id, role: 'source' }]),
  ];
  return commit(ctx, sqlite, 'institutions.dissolve', `Giải thể ${institution.name}`, changes, { eventId: event, institutionIds: [institution.id] });
}
