import type { Sqlite } from '../../../../db/client';
import { type InstitutionListRow, institutionReferenceIds, institutionsByIds, institutionsWithCodes } from '../../../../db/queries/institutions';
import { formatNumber } from '../../../api/text/format';
import type { ExportField } from '../export-columns';
import { choiceReader, codeKey, integerReader, textReader } from '../field-parsers';
import type { RegisterSpec } from '../field-spec';

// The institution register's fields for the generic grid service: what each column accepts, what is never edited
// here, which rows are locked, which values look wrong although they are allowed.

export type InstitutionEditRow = InstitutionListRow & { successorName: string | null };

/** Above this many learners a figure is more likely a typing slip than a real institution (the largest hold ~20,000). */
export const LEARNERS_OUTLIER = 30_000;

export const STATUS_NAMES = { active: 'Đang hoạt động', merged: 'Đã sáp nhập', split: 'Đã chia tách', dissolved: 'Đã giải thể' } as const;

/** Warnings the grid shows on valid but unusual values; the list returns them per row, applyEdits per cell. */
export function institutionWarnings(row: Pick<InstitutionListRow, 'teachers' | 'learners'>): Record<string, string> {
  const warnings: Record<string, string> = {};
  if (row.learners !== null && row.learners > LEARNERS_OUTLIER) {
    warnings.learners = `${formatNumber(row.learners, 0)} người học là nhiều bất thường (trên ${formatNumber(LEARNERS_OUTLIER, 0)}): kiểm tra lại`;
  }
  if (row.teachers === 0 && (row.learners ?? 0) > 0) warnings.teachers = 'Có người học nhưng không có nhà giáo: kiểm tra lại';
  return warnings;
}

/** Institutions that no longer operate keep their figures as history; only notes may still change. */
export function institutionLock(row: InstitutionEditRow, field: string): string | null {
  if (row.status === 'active' || field === 'notes') return null;
  const into = row.successorCode ? ` vào ${row.successorCode}${row.successorName ? ` (${row.successorName})` : ''}` : '';
  const what = row.status === 'merged' ? `đã sáp nhập${into}` : row.status === 'split' ? 'đã chia tách' : 'đã giải thể';
  return `Cơ sở ${what}: chỉ sửa được ghi chú`;
}

const LIFECYCLE_ONLY = 'Tình trạng và cơ sở kế thừa chỉ thay đổi qua các thao tác sáp nhập, chia tách, giải thể';

export function institutionRegister(sqlite: Sqlite, today: Date): RegisterSpec<InstitutionEditRow> {
  const reference = institutionReferenceIds(sqlite);
  const typeIds = new Map(reference.types.map((t) => [t.code, t.id]));
  const ownershipIds = new Map(reference.ownerships.map((o) => [o.code, o.id]));
  const names = (list: typeof reference.types) => () => list.map((item) => ({ code: item.code, names: [item.nameVi, item.nameEn] }));
  const warn = (field: 'teachers' | 'learners') => (row: InstitutionEditRow) => institutionWarnings(row)[field] ?? null;
  const count = integerReader({ min: 0, max: 10_000_000 });
  return {
    table: 'institutions',
    noun: 'cơ sở',
    insertDefaults: { status: 'active' },
    load: (ids) => institutionsByIds(sqlite, ids),
    lockedReason: institutionLock,
    findByUnique: (_field, values) => institutionsWithCodes(sqlite, values.map(String)).map((row) => ({ id: row.id, value: row.code })),
    describe: (row) => row.code,
    fields: [
      { field: 'code', header: 'Mã', kind: 'text', column: 'code', required: true, parse: textReader({ maxLength: 50 }), uniqueKey: codeKey },
      { field: 'name', header: 'Tên cơ sở', kind: 'text', column: 'name', required: true, parse: textReader({ maxLength: 300 }) },
      {
        field: 'typeCode',
        header: 'Loại hình',
        kind: 'choice',
        column: 'typeId',
        required: true,
        parse: choiceReader(names(reference.types), 'Loại hình'),
        toStored: (code) => typeIds.get(String(code)),
      },
      {
        field: 'ownershipCode',
        header: 'Sở hữu',
        kind: 'choice',
        column: 'ownershipId',
        required: true,
        parse: choiceReader(names(reference.ownerships), 'Loại sở hữu'),
        toStored: (code) => ownershipIds.get(String(code)),
      },
      { field: 'commune', header: 'Xã, phường', kind: 'text', column: 'commune', parse: textReader({ maxLength: 200 }) },
      { field: 'address', header: 'Địa chỉ', kind: 'text', column: 'address', parse: textReader({ maxLength: 500 }) },
      {
        field: 'foundedYear',
        header: 'Năm thành lập',
        kind: 'year',
        column: 'foundedYear',
        parse: integerReader({ min: 1900, max: today.getFullYear() }),
      },
      { field: 'teachers', header: 'Nhà giáo', kind: 'integer', column: 'teachers', parse: count, warn: warn('teachers') },
      { field: 'managers', header: 'Cán bộ quản lý', kind: 'integer', column: 'managers', parse: count },
      { field: 'learners', header: 'Người học', kind: 'integer', column: 'learners', parse: count, warn: warn('learners') },
      { field: 'contact', header: 'Liên hệ', kind: 'text', column: 'contact', parse: textReader({ maxLength: 500 }) },
      { field: 'notes', header: 'Ghi chú', kind: 'text', column: 'notes', parse: textReader({ maxLength: 2000 }) },
      { field: 'status', header: 'Tình trạng', kind: 'choice', readOnly: LIFECYCLE_ONLY },
      { field: 'successorCode', header: 'Cơ sở kế thừa', kind: 'text', readOnly: LIFECYCLE_ONLY },
      { field: 'id', header: 'Số hiệu', kind: 'integer', readOnly: 'Số hiệu dòng do phần mềm đặt' },
    ],
  };
}

/** How each column of the list is exported: names rather than codes, figures as numbers. */
export function institutionExportFields(sqlite: Sqlite): Record<string, ExportField<InstitutionListRow>> {
  const reference = institutionReferenceIds(sqlite);
  const typeNames = new Map(reference.types.map((t) => [t.code, t.nameVi]));
  const ownershipNames = new Map(reference.ownerships.map((o) => [o.code, o.nameVi]));
  return {
    code: { kind: 'text', value: (row) => row.code },
    name: { kind: 'text', value: (row) => row.name, width: 50 },
    typeCode: { kind: 'text', value: (row) => typeNames.get(row.typeCode) ?? row.typeCode },
    ownershipCode: { kind: 'text', value: (row) => ownershipNames.get(row.ownershipCode) ?? row.ownershipCode },
    commune: { kind: 'text', value: (row) => row.commune },
    status: { kind: 'text', value: (row) => STATUS_NAMES[row.status] },
    foundedYear: { kind: 'year', value: (row) => row.foundedYear },
    teachers: { kind: 'integer', value: (row) => row.teachers },
    managers: { kind: 'integer', value: (row) => row.managers },
    learners: { kind: 'integer', value: (row) => row.learners },
    successorCode: { kind: 'text', value: (row) => row.successorCode },
  };
}
