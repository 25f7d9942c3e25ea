import type { LifecycleResult, SetGoverningBodyInput } from '../../api/schemas/institution-lifecycle';
import { formatDate } from '../../api/text/format';
import type { ServiceContext } from '../context';
import type { Change } from '../history/change';
import { ServiceError } from '../service-error';
import { requireActive, requireEventDate } from './checks';
import { commit } from './commit';
import { dayBefore, loadInstitution, openGovernance } from './records';

/**
 * The governing body changes on a date: the open governance row ends the day before and a new one starts (none
 * when the institution has no governing body from then on). History stays: nothing is overwritten.
 */
export function setGoverningBody(ctx: ServiceContext, input: SetGoverningBodyInput): LifecycleResult {
  const { sqlite } = ctx.workspace.require();
  const institution = loadInstitution(sqlite, input.id);
  requireActive(institution);
  requireEventDate(ctx, sqlite, input.validFrom, [institution], { what: 'Ngày hiệu lực' });
  const body = input.governingBody === null ? null : input.governingBody.normalize('NFC').replace(/\s+/g, ' ');
  const open = openGovernance(sqlite, institution.id);
  const current = open[0]?.governingBody ?? null;
  if (current === body) {
    throw new ServiceError('INVALID_INPUT', body ? `${institution.name} đã thuộc ${body}.` : `${institution.name} hiện không có cơ quan chủ quản.`, {
      field: 'governingBody',
    });
  }
  const changes: Change[] = open.map((g) => ({ op: 'update', table: 'institution_governance', id: g.id, set: { validTo: dayBefore(input.validFrom) } }));
  if (body) changes.push({ op: 'insert', table: 'institution_governance', values: { institutionId: institution.id, governingBody: body, validFrom: input.validFrom } });
  const label = body
    ? `Đổi cơ quan chủ quản của ${institution.name} sang ${body} từ ${formatDate(input.validFrom)}`
    : `${institution.name} không còn cơ quan chủ quản từ ${formatDate(input.validFrom)}`;
  return commit(ctx, sqlite, 'institutions.setGoverningBody', label, changes, { eventId: null, institutionIds: [institution.id] });
}
