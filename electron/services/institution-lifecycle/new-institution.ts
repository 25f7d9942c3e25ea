import type { Sqlite } from '../../../db/client';
import type { NewInstitutionInput } from '../../api/schemas/institution-lifecycle';
import type { Change } from '../history/change';
import { requireFreeCode, requireFreeName } from './checks';
import { referenceId } from './records';

/** A merger's or split's new institution: founded on the event's date, governed from it if a body is given. */
export function newInstitutionChanges(
  sqlite: Sqlite,
  id: number,
  input: NewInstitutionInput,
  occurredOn: string,
  counts: { teachers: number | null; managers: number | null; learners: number | null },
  nameCheckExcept: number[],
): Change[] {
  requireFreeCode(sqlite, input.code);
  requireFreeName(sqlite, input.name, nameCheckExcept);
  const changes: Change[] = [
    {
      op: 'insert',
      table: 'institutions',
      values: {
        id,
        code: input.code.normalize('NFC'),
        name: input.name.normalize('NFC'),
        typeId: referenceId(sqlite, 'institution_types', input.typeCode),
        ownershipId: referenceId(sqlite, 'ownership_kinds', input.ownershipCode),
        commune: input.commune ? input.commune.normalize('NFC') : null,
        status: 'active',
        foundedYear: Number(occurredOn.slice(0, 4)),
        ...counts,
      },
    },
  ];
  if (input.governingBody) {
    changes.push({ op: 'insert', table: 'institution_governance', values: { institutionId: id, governingBody: input.governingBody.normalize('NFC'), validFrom: occurredOn } });
  }
  return changes;
}
