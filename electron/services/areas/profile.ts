import { getProfile } from '../../../db/queries/profile';
import type { Profile } from '../../api/schemas/profile';
import { authorOf, type ServiceContext } from '../context';
import type { HandlersFor } from '../handler-types';
import type { Change } from '../history/change';
import { applyChanges, historyStatus } from '../history/mutation-path';
import { ServiceError } from '../service-error';

function readProfile(ctx: ServiceContext): Profile {
  const profile = getProfile(ctx.workspace.require().db);
  if (!profile) throw new ServiceError('FILE_DAMAGED', 'Tệp dữ liệu thiếu hồ sơ tỉnh.');
  return profile;
}

export const profileHandlers: HandlersFor<'profile'> = {
  'profile.get': (_input, ctx) => readProfile(ctx),
  'profile.update': ({ patch, predecessors }, ctx) => {
    const { sqlite } = ctx.workspace.require();
    const current = readProfile(ctx);
    const changes: Change[] = [{ op: 'update', table: 'province_profile', id: 1, set: patch }];
    if (predecessors) {
      // Predecessors are replaced as a list: keep rows whose name stays, update dates, add and remove the rest.
      const wanted = new Map(predecessors.map((p) => [p.name, p]));
      for (const existing of current.predecessors) {
        const keep = wanted.get(existing.name);
        if (!keep) changes.push({ op: 'delete', table: 'predecessor_provinces', id: existing.id });
        else if (keep.mergedOn !== existing.mergedOn) {
          changes.push({ op: 'update', table: 'predecessor_provinces', id: existing.id, set: { mergedOn: keep.mergedOn } });
        }
        wanted.delete(existing.name);
      }
      for (const added of wanted.values()) changes.push({ op: 'insert', table: 'predecessor_provinces', values: added });
    }
    const result = applyChanges(sqlite, authorOf(ctx), { action: 'profile.update', label: 'Cập nhật hồ sơ tỉnh', changes });
    if (result.changeSetId !== null) ctx.emit('history.changed', historyStatus(sqlite));
    return readProfile(ctx);
  },
};
