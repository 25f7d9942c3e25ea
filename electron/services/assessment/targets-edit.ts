import type { Sqlite } from '../../../db/client';
import { type TargetWithValues, targetsWithValues } from '../../../db/queries/assessment-targets';
import { listIndicators } from '../../../db/queries/assessment-values';
import type { TargetDetail, TargetValue } from '../../api/schemas/assessment';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

type Fields = Partial<Omit<TargetDetail, 'id' | 'scope' | 'values' | 'linkedMilestones'>>;

const invalid = (message: string, field: string) => new ServiceError('INVALID_INPUT', message, { field });

export function targetDetails(sqlite: Sqlite, id?: number): TargetDetail[] {
  return targetsWithValues(sqlite, id).map(({ values, ...t }) => ({
    ...t,
    values: values.map(({ year, percent, milestone, isTrajectory }) => ({ year, percent, milestone, isTrajectory })),
  }));
}

export function requireTarget(sqlite: Sqlite, id: number): TargetWithValues {
  const target = targetsWithValues(sqlite, id)[0];
  if (!target) throw new ServiceError('NOT_FOUND', `Không có chỉ tiêu #${id}.`, { id });
  return target;
}

/** Checks what the schema cannot: codes unique, the group, the national target and the formula's indicators exist. */
function checkFields(sqlite: Sqlite, fields: Fields, selfId: number | null) {
  if (fields.code !== undefined) {
    const clash = sqlite.prepare('SELECT id FROM targets WHERE lower(code) = lower(?) AND id IS NOT ?').get(fields.code, selfId);
    if (clash) throw invalid(`Mã chỉ tiêu “${fields.code}” đã có.`, 'code');
  }
  if (fields.groupCode !== undefined && !sqlite.prepare('SELECT 1 FROM target_groups WHERE code = ?').get(fields.groupCode)) {
    throw invalid(`Không có nhóm chỉ tiêu “${fields.groupCode}”.`, 'groupCode');
  }
  if (fields.nationalTargetCode) {
    const national = sqlite.prepare("SELECT 1 FROM targets WHERE code = ? AND scope = 'national'").get(fields.nationalTargetCode);
    if (!national) throw invalid(`Không có chỉ tiêu quốc gia “${fields.nationalTargetCode}”.`, 'nationalTargetCode');
  }
  const units = new Map(listIndicators(sqlite).map((i) => [i.code, i.unit]));
  for (const field of ['numeratorIndicator', 'denominatorIndicator'] as const) {
    for (const code of fields[field]?.split('+') ?? []) {
      if (!units.has(code)) throw invalid(`Không có chỉ số “${code}” trong công thức.`, field);
    }
  }
}

function checkFormula(numerator: string | null, denominator: string | null, sqlite: Sqlite) {
  if (!numerator || denominator) return;
  const units = new Map(listIndicators(sqlite).map((i) => [i.code, i.unit]));
  if (numerator.includes('+') || units.get(numerator) !== 'yesno') {
    throw invalid('Thiếu mẫu số: chỉ một chỉ số có/không mới được dùng không cần mẫu số (tỷ lệ cơ sở trả lời “có”).', 'denominatorIndicator');
  }
}

function checkValues(kind: string, values: readonly TargetValue[]) {
  for (const v of values) {
    if (kind === 'percent' && v.milestone) throw invalid(`Năm ${v.year}: chỉ tiêu tỷ lệ nhận giá trị %, không nhận mốc.`, 'values');
    if (kind === 'milestone' && v.percent !== null) throw invalid(`Năm ${v.year}: chỉ tiêu mốc không nhận giá trị %.`, 'values');
    if (v.percent === null && !v.milestone) throw invalid(`Năm ${v.year}: chưa có giá trị.`, 'values');
  }
}

/** Replaces a target's yearly values with `wanted`: updates years kept, inserts new years, deletes the rest. */
function valueChanges(targetId: number, existing: TargetWithValues['values'], wanted: readonly TargetValue[]): Change[] {
  const changes: Change[] = [];
  const byYear = new Map(existing.map((v) => [v.year, v]));
  for (const v of wanted) {
    const row = { percent: v.percent, milestone: v.milestone || null, isTrajectory: v.isTrajectory };
    const old = byYear.get(v.year);
    if (old) changes.push({ op: 'update', table: 'target_values', id: old.id, set: row });
    else changes.push({ op: 'insert', table: 'target_values', values: { targetId, year: v.year, ...row } });
    byYear.delete(v.year);
  }
  for (const old of byYear.values()) changes.push({ op: 'delete', table: 'target_values', id: old.id });
  return changes;
}

export function createTarget(sqlite: Sqlite, author: Author, fields: Fields & { code: string; nameVi: string }, values: readonly TargetValue[]) {
  checkFields(sqlite, fields, null);
  // A province target measures what the national one measures unless the planner gives its own formula.
  const national = fields.nationalTargetCode
    ? (sqlite.prepare('SELECT numerator_indicator AS n, denominator_indicator AS d FROM targets WHERE code = ?').get(fields.nationalTargetCode) as { n: string | null; d: string | null })
    : { n: null, d: null };
  const numerator = fields.numeratorIndicator !== undefined ? fields.numeratorIndicator : national.n;
  const denominator = fields.denominatorIndicator !== undefined ? fields.denominatorIndicator : numerator === national.n ? national.d : null;
  checkFormula(numerator, denominator, sqlite);
  checkValues(fields.kind ?? 'percent', values);
  // The new id is chosen up front so the target and its values go into ONE change set (one undo step); the
  // connection is this process's only writer and the statements below run synchronously, so nothing can take it.
  const id = (sqlite.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM targets').get() as { id: number }).id;
  const changes: Change[] = [
    {
      op: 'insert',
      table: 'targets',
      values: {
        id,
        code: fields.code,
        groupCode: fields.groupCode!,
        scope: 'provincial',
        kind: fields.kind ?? 'percent',
        subject: fields.subject!,
        nameVi: fields.nameVi,
        nameEn: fields.nameEn ?? '',
        sourceDocument: fields.sourceDocument!,
        confidence: fields.confidence ?? null,
        numeratorIndicator: numerator,
        denominatorIndicator: denominator,
        nationalTargetCode: fields.nationalTargetCode ?? null,
      },
    },
    ...valueChanges(id, [], values),
  ];
  const { changeSetId } = applyChanges(sqlite, author, { action: 'targets.create', label: `Thêm chỉ tiêu của tỉnh ${fields.code}`, changes });
  return { id, changeSetId };
}

export function updateTarget(sqlite: Sqlite, author: Author, id: number, patch: Fields | undefined, values: readonly TargetValue[] | undefined) {
  const target = requireTarget(sqlite, id);
  const fields = { ...(patch ?? {}) };
  if (target.scope === 'national' && fields.code !== undefined && fields.code !== target.code) {
    throw invalid('Không đổi mã của chỉ tiêu quốc gia: chỉ tiêu của tỉnh và lộ trình tham chiếu theo mã này.', 'code');
  }
  if (fields.nationalTargetCode !== undefined && target.scope === 'national' && fields.nationalTargetCode !== null) {
    throw invalid('Chỉ tiêu quốc gia không cụ thể hóa chỉ tiêu nào khác.', 'nationalTargetCode');
  }
  checkFields(sqlite, fields, id);
  const numerator = fields.numeratorIndicator !== undefined ? fields.numeratorIndicator : target.numeratorIndicator;
  const denominator = fields.denominatorIndicator !== undefined ? fields.denominatorIndicator : target.denominatorIndicator;
  checkFormula(numerator, denominator, sqlite);
  const kind = fields.kind ?? target.kind;
  checkValues(kind, values ?? target.values);
  const changes: Change[] = [];
  if (Object.keys(fields).length > 0) changes.push({ op: 'update', table: 'targets', id, set: fields });
  if (values) changes.push(...valueChanges(id, target.values, values));
  const code = fields.code ?? target.code;
  const what = values && Object.keys(fields).length === 0 ? 'Sửa giá trị chỉ tiêu' : 'Sửa chỉ tiêu';
  const { changeSetId } = applyChanges(sqlite, author, { action: 'targets.update', label: `${what} ${code}`, changes });
  return { changeSetId };
}

export function deleteTarget(sqlite: Sqlite, author: Author, id: number) {
  const target = requireTarget(sqlite, id);
  if (target.scope !== 'provincial') throw invalid('Chỉ xóa được chỉ tiêu của tỉnh; chỉ tiêu quốc gia là của Quyết định.', 'scope');
  if (target.linkedMilestones > 0) {
    throw invalid(`Chỉ tiêu ${target.code} đang gắn với ${target.linkedMilestones} mốc lộ trình; bỏ liên kết trước khi xóa.`, 'id');
  }
  const changes: Change[] = [
    ...target.values.map((v): Change => ({ op: 'delete', table: 'target_values', id: v.id })),
    { op: 'delete', table: 'targets', id },
  ];
  return applyChanges(sqlite, author, { action: 'targets.delete', label: `Xóa chỉ tiêu của tỉnh ${target.code}`, changes });
}
