import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { institutionsInYear } from '../../../../db/queries/assessment-scope';
import { listIndicators, statesOf, valuesOf } from '../../../../db/queries/assessment-values';
import { type ServiceContext, authorOf } from '../../context';
import { sanitiseFileName } from '../../export/spreadsheet-safety';
import { valueMaps } from '../indicator-context';
import { LOCKED_REASON } from '../plan-edits';
import { ENTRY_APP_ID, ENTRY_FORMAT_VERSION } from './identity';
import { writeEntryWorkbook } from './write';

/** A name not yet taken in the folder: a re-export never overwrites a workbook an institution may have filled. */
function freeName(folder: string, stem: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = join(folder, `${n === 1 ? stem : `${stem} (${n})`}.xlsx`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** One entry workbook per institution of the year (or per named institution) into a folder the user picks. */
export async function exportEntryWorkbooks(ctx: ServiceContext, year: number, institutionIds: readonly number[] | undefined) {
  const { sqlite } = ctx.workspace.require();
  const folder = await ctx.platform.chooseDirectory();
  if (!folder) return { folder: null, files: [] };
  mkdirSync(folder, { recursive: true });
  const province = (sqlite.prepare('SELECT name FROM province_profile WHERE id = 1').get() as { name: string }).name;
  const institutions = institutionsInYear(sqlite, year, institutionIds);
  const ids = institutions.map((i) => i.id);
  const indicators = listIndicators(sqlite);
  const stored = valuesOf(sqlite, ids, [year, year - 1]);
  const current = valueMaps(stored, year);
  const previous = valueMaps(stored, year - 1);
  const states = statesOf(sqlite, year, ids);
  const createdAt = authorOf(ctx).at;
  const jobId = randomUUID();
  const files: { institutionId: number; file: string }[] = [];
  for (const [index, institution] of institutions.entries()) {
    const file = freeName(folder, sanitiseFileName(`Phieu nhap lieu ${year} - ${institution.code} - ${institution.name}`, `phieu-${institution.code}`));
    await writeEntryWorkbook(file, {
      identity: {
        app: ENTRY_APP_ID,
        formatVersion: ENTRY_FORMAT_VERSION,
        provinceName: province,
        year,
        institutionCode: institution.code,
        institutionId: institution.id,
        createdAt,
      },
      institutionName: institution.name,
      lockedNote: states.get(institution.id)?.state === 'approved' ? `Số liệu năm ${year} của cơ sở đã được phê duyệt: phiếu chỉ để tham khảo (${LOCKED_REASON}).` : null,
      indicators: indicators.map((indicator) => ({
        code: indicator.code,
        nameVi: indicator.nameVi,
        unit: indicator.unit,
        value: current.get(institution.id)?.get(indicator.code)?.value ?? null,
        previous: previous.get(institution.id)?.get(indicator.code)?.value ?? null,
        comment: current.get(institution.id)?.get(indicator.code)?.comment ?? null,
      })),
    });
    files.push({ institutionId: institution.id, file });
    ctx.emit('job.progressed', { jobId, done: index + 1, total: institutions.length, label: `Phiếu nhập liệu ${institution.code}` });
  }
  return { folder, files };
}
