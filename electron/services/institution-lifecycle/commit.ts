import type { Sqlite } from '../../../db/client';
import type { LifecycleResult } from '../../api/schemas/institution-lifecycle';
import { authorOf, type ServiceContext } from '../context';
import type { Change } from '../history/change';
import { applyChanges, historyStatus } from '../history/mutation-path';
import { dayBefore, openGovernance } from './records';

/** One action = one applyChanges call: one transaction, one History entry, one undo step. */
export function commit(
  ctx: ServiceContext,
  sqlite: Sqlite,
  action: string,
  label: string,
  changes: Change[],
  result: { eventId: number | null; institutionIds: number[] },
): LifecycleResult {
  applyChanges(sqlite, authorOf(ctx), { action, label, changes });
  ctx.emit('history.changed', historyStatus(sqlite));
  return { ...result, label };
}

/** An institution that ends on a date is governed until the day before. */
export function closeGovernance(sqlite: Sqlite, institutionId: number, endsOn: string): Change[] {
  return openGovernance(sqlite, institutionId).map((g) => ({
    op: 'update' as const,
    table: 'institution_governance' as const,
    id: g.id,
    set: { validTo: dayBefore(endsOn) },
  }));
}

export function eventChanges(
  eventId: number,
  event: { kind: 'merge' | 'split' | 'rename' | 'dissolve'; occurredOn: string; legalBasis?: string | null | undefined; note?: string | null | undefined; oldName?: string; newName?: string },
  links: { institutionId: number; role: 'source' | 'result' }[],
): Change[] {
  return [
    {
      op: 'insert',
      table: 'institution_events',
      values: {
        id: eventId,
        kind: event.kind,
        occurredOn: event.occurredOn,
        legalBasis: event.legalBasis || null,
        note: event.note || null,
        oldName: event.oldName ?? null,
        newName: event.newName ?? null,
      },
    },
    ...links.map((link) => ({ op: 'insert' as const, table: 'institution_event_links' as const, values: { eventId, ...link } })),
  ];
}

/** Names for a label: both when there are two, a count when more. */
export function namesOf(names: string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} và ${names[1]}`;
  return `${names.length} cơ sở`;
}
