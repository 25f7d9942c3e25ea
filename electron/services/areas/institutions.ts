import {
  getInstitution,
  INSTITUTION_FILTERS,
  type InstitutionView,
  institutionTotals,
  listInstitutions,
  listInstitutionView,
  provinceName,
} from '../../../db/queries/institutions';
import type { MethodOutput as Out } from '../../api/methods';
import { institutionStatus } from '../../api/schemas/institutions';
import { authorOf } from '../context';
import { applyGridEdits } from '../grid/apply-grid-edits';
import { resolveExportColumns } from '../grid/export-columns';
import { exportView } from '../grid/export-view';
import { institutionExportFields, institutionRegister, institutionWarnings } from '../grid/registers/institutions';
import type { HandlersFor } from '../handler-types';
import { ServiceError } from '../service-error';

/** A view's filters name known fields with values of the right kind; anything else is refused, not ignored. */
function checkedView<V extends InstitutionView>(view: V): V {
  for (const [field, values] of Object.entries(view.filters ?? {})) {
    if (!(field in INSTITUTION_FILTERS)) throw new ServiceError('INVALID_INPUT', `Không lọc được theo "${field}".`, { field });
    if (field === 'status' && values.some((v) => !institutionStatus.safeParse(v).success)) {
      throw new ServiceError('INVALID_INPUT', 'Tình trạng lọc không hợp lệ.', { field, values });
    }
  }
  return view;
}

/** "Tỉnh Sông Lam (dữ liệu mẫu)" → "Tinh Song Lam (du lieu mau)": file names travel by mail and USB sticks. */
const plainLetters = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export const institutionHandlers = {
  'institutions.list': (input, ctx) => {
    const page = listInstitutions(ctx.workspace.require().sqlite, checkedView(input));
    return { total: page.total, rows: page.rows.map((row) => ({ ...row, warnings: institutionWarnings(row) })) } as Out<'institutions.list'>;
  },
  'institutions.totals': (input, ctx) => institutionTotals(ctx.workspace.require().sqlite, checkedView(input)),
  'institutions.get': (input, ctx) => {
    const row = getInstitution(ctx.workspace.require().sqlite, input.id);
    if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy cơ sở #${input.id}.`, { id: input.id });
    return { ...row, warnings: institutionWarnings(row) } as Out<'institutions.get'>;
  },
  'institutions.applyEdits': (input, ctx) => {
    const { sqlite } = ctx.workspace.require();
    return applyGridEdits(sqlite, authorOf(ctx), institutionRegister(sqlite, ctx.clock.now()), input);
  },
  'institutions.exportView': async (input, ctx) => {
    const { sqlite } = ctx.workspace.require();
    const columns = resolveExportColumns(input.columns, institutionExportFields(sqlite));
    // Rows are read completely before the first await: no statement stays open across it.
    const rows = listInstitutionView(sqlite, checkedView(input.query));
    const province = plainLetters(provinceName(sqlite));
    return exportView(input.format, columns, rows, {
      platform: ctx.platform,
      suggestedStem: `Danh sach co so GDNN${province ? ` - ${province}` : ''}`,
      sheetName: 'Cơ sở GDNN',
    });
  },
} satisfies Partial<HandlersFor<'institutions'>>;

