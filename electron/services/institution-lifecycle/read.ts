import { rollupTargetOf } from '../../../db/queries/institution-rollup';
import type { InstitutionLifecycle } from '../../api/schemas/institution-lifecycle';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';

type Ref = InstitutionLifecycle['institution']['successor'] & object;

/** One institution's lifecycle as the detail panel shows it: status, successors, governance, events. */
export function getLifecycle(ctx: ServiceContext, id: number): InstitutionLifecycle {
  const { sqlite } = ctx.workspace.require();
  const ref = (refId: number | null): Ref | null =>
    refId === null ? null : ((sqlite.prepare('SELECT id, code, name, status FROM institutions WHERE id = ?').get(refId) as Ref | undefined) ?? null);
  const row = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, i.status, t.code AS typeCode, o.code AS ownershipCode, i.commune, i.status_changed_on AS statusChangedOn,
         i.teachers, i.managers, i.learners, i.successor_id AS successorId
       FROM institutions i JOIN institution_types t ON t.id = i.type_id JOIN ownership_kinds o ON o.id = i.ownership_id WHERE i.id = ?`,
    )
    .get(id) as (Omit<InstitutionLifecycle['institution'], 'successor' | 'rollsUpInto'> & { successorId: number | null }) | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy cơ sở #${id}.`, { id });
  const { successorId, ...institution } = row;
  const governance = sqlite
    .prepare(
      `SELECT id, governing_body AS governingBody, valid_from AS validFrom, valid_to AS validTo FROM institution_governance
       WHERE institution_id = ? ORDER BY valid_from, id`,
    )
    .all(id) as InstitutionLifecycle['governance'];
  const events = sqlite
    .prepare(
      `SELECT e.id, e.kind, e.occurred_on AS occurredOn, e.legal_basis AS legalBasis, e.old_name AS oldName, e.new_name AS newName,
         e.note, l.role
       FROM institution_event_links l JOIN institution_events e ON e.id = l.event_id
       WHERE l.institution_id = ? ORDER BY e.occurred_on, e.id`,
    )
    .all(id) as Omit<InstitutionLifecycle['events'][number], 'others'>[];
  const others = sqlite.prepare(
    `SELECT i.id, i.code, i.name, i.status, l.role FROM institution_event_links l JOIN institutions i ON i.id = l.institution_id
     WHERE l.event_id = ? AND l.institution_id <> ? ORDER BY l.role DESC, l.id`,
  );
  const bodies = sqlite
    .prepare('SELECT DISTINCT governing_body AS body FROM institution_governance ORDER BY vn_sort_key(governing_body) LIMIT 500')
    .all() as { body: string }[];
  return {
    institution: { ...institution, successor: ref(successorId), rollsUpInto: ref(rollupTargetOf(sqlite, id)) ?? ref(id)! },
    governance,
    events: events.map((e) => ({ ...e, others: others.all(e.id, id) as InstitutionLifecycle['events'][number]['others'] })),
    knownGoverningBodies: bodies.map((b) => b.body),
  };
}
