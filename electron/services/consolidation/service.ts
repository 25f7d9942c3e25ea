import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Sqlite } from '../../../db/client';
import { clashingPackage, packageById, storePackageContent } from '../../../db/queries/consolidation';
import type { ImportPackagesResult, PackagePreview } from '../../api/schemas/consolidation';
import { backupBeforeImport } from '../backups';
import { authorOf, type ServiceContext } from '../context';
import { PACKAGE_LIMITS, rejected } from '../data-package';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { type CandidateFile, declarationsWith, judge, verifyCandidate, type Verdict } from './check';
import { type HeldPackage, heldPreviews } from './held';
import { matchProvince, packageProvinceKey } from './provinces';

// Open → verify → import. The page never names a path: the host's dialog picks the files, the verified packages
// wait in memory under a token, and import takes exactly those bytes, in one transaction: bytes and figures
// (append-only, by SHA-256) and ONE audited change set of consolidation_packages rows, which undo removes.

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A chosen path as a candidate: too big to read, or unreadable, is a refusal like any other. */
export function candidateFromPath(path: string): CandidateFile {
  const fileName = basename(path);
  let sizeBytes = 0;
  try {
    sizeBytes = statSync(path).size;
  } catch {
    return { fileName, sizeBytes, read: () => { throw rejected('not_zip', fileName, 'không đọc được tệp (tệp đã bị xóa hoặc di chuyển?)'); } };
  }
  return {
    fileName,
    sizeBytes,
    read: () => {
      if (sizeBytes > PACKAGE_LIMITS.fileBytes) {
        throw rejected('too_large', fileName, `tệp nặng ${mb(sizeBytes)}, vượt giới hạn ${mb(PACKAGE_LIMITS.fileBytes)} của một gói dữ liệu`);
      }
      try {
        return readFileSync(path);
      } catch {
        throw rejected('not_zip', fileName, 'không đọc được tệp (tệp đã bị xóa, di chuyển hoặc bị khóa?)');
      }
    },
  };
}

/** Verifies the chosen files with progress and cancel; keeps the verified ones under a token. Writes nothing. */
export async function previewPackages(ctx: ServiceContext, jobId: string): Promise<PackagePreview> {
  ctx.workspace.require();
  const paths = await ctx.platform.chooseFilesToOpen('package');
  if (paths.length === 0) return { token: null, files: [] };
  return ctx.jobs.run(jobId, async (job) => {
    const verdicts: Verdict[] = [];
    for (const [i, path] of paths.entries()) {
      job.report(i, paths.length, `Đang kiểm tra ${basename(path)} (${i + 1}/${paths.length})`);
      // Lets a Cancel (another call) reach the job between files.
      await nextTick();
      job.throwIfCancelled();
      verdicts.push(verifyCandidate(candidateFromPath(path)));
    }
    job.report(paths.length, paths.length, 'Đã kiểm tra xong');
    const { sqlite } = ctx.workspace.require();
    const { checks, packages } = judge(sqlite, verdicts);
    return { token: heldPreviews(ctx).open(checks, packages), files: checks };
  });
}

function insertChange(held: HeldPackage, author: Author, rollsUpTo: string): Change {
  const { verified } = held;
  return {
    op: 'insert',
    table: 'consolidation_packages',
    values: {
      sha256: verified.sha256,
      fileName: sanitiseFileName(verified.fileName, 'goi-du-lieu.zip'),
      provinceName: verified.snapshot.province.name.trim(),
      provinceKey: packageProvinceKey(verified.snapshot.province.name),
      rollsUpTo,
      year: verified.snapshot.year,
      formatVersion: verified.manifest.formatVersion,
      createdAt: verified.manifest.createdAt,
      importedAt: author.at,
    },
  };
}

function importLabel(packages: HeldPackage[]): string {
  const names = packages.map((p) => `${p.verified.snapshot.province.name.trim()} ${p.verified.snapshot.year}`);
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} và ${names.length - 4} gói khác` : names.join(', ');
  return `Nhập ${packages.length} gói dữ liệu: ${shown}`;
}

/**
 * Imports verified packages in one transaction. Each is checked again against the file (another import may have
 * taken its province and year since the preview); those are returned as rejected, the rest imported together.
 */
export function importHeld(sqlite: Sqlite, author: Author, chosen: [number, HeldPackage][]): ImportPackagesResult {
  return sqlite.transaction((): ImportPackagesResult => {
    const declared = declarationsWith(sqlite, chosen.map(([, held]) => held));
    const rejectedNow: ImportPackagesResult['rejected'] = [];
    const accepted: [number, HeldPackage, string][] = [];
    for (const [index, held] of chosen) {
      const { snapshot, sha256, fileName } = held.verified;
      const clash = clashingPackage(sqlite, packageProvinceKey(snapshot.province.name), snapshot.year, sha256);
      if (clash) {
        const error = rejected('duplicate', fileName, `đã có gói của ${clash.provinceName} năm ${clash.year} trong tệp (tệp "${clash.fileName}")`);
        rejectedNow.push({ index, fileName, reason: 'duplicate', message: error.message });
        continue;
      }
      storePackageContent(sqlite, sha256, held.verified.bytes, held.figures);
      accepted.push([index, held, matchProvince(snapshot.province.name, declared).unit]);
    }
    if (accepted.length === 0) return { imported: [], rejected: rejectedNow, changeSetId: null };
    const result = applyChanges(sqlite, author, {
      action: 'consolidation.importPackages',
      label: importLabel(accepted.map(([, held]) => held)),
      changes: accepted.map(([, held, unit]) => insertChange(held, author, unit)),
    });
    const imported = accepted.map(([, held, rollsUpTo], i) => ({
      id: result.insertedIds[i]!,
      fileName: held.verified.fileName,
      provinceName: held.verified.snapshot.province.name.trim(),
      year: held.verified.snapshot.year,
      rollsUpTo,
    }));
    return { imported, rejected: rejectedNow, changeSetId: result.changeSetId };
  })();
}

export function importPackages(ctx: ServiceContext, input: { token: string; indexes?: number[] | undefined }): ImportPackagesResult {
  const { sqlite } = ctx.workspace.require();
  const store = heldPreviews(ctx);
  const preview = store.get(input.token);
  if (!preview) throw new ServiceError('NOT_FOUND', 'Phiên kiểm tra gói đã hết hạn hoặc đã nhập xong; hãy mở lại các gói.', { token: input.token });
  const indexes = input.indexes ?? [...preview.packages.keys()];
  const chosen: [number, HeldPackage][] = [];
  for (const index of new Set(indexes)) {
    const held = preview.packages.get(index);
    if (!held) {
      const check = preview.checks[index];
      throw new ServiceError('INVALID_INPUT', check ? `Tệp "${check.fileName}" không qua kiểm tra nên không nhập được.` : `Không có tệp số ${index + 1} trong lần kiểm tra này.`, { index });
    }
    chosen.push([index, held]);
  }
  if (chosen.length === 0) return { imported: [], rejected: [], changeSetId: null };
  // Outside any transaction, before anything is written: an import never runs without its safety copy.
  backupBeforeImport(ctx, 'goi-du-lieu');
  const result = importHeld(sqlite, authorOf(ctx), chosen);
  store.close(input.token);
  return result;
}

/** Removes one package from the consolidation (audited; undo puts it back). Its bytes and figures stay, unused. */
export function removePackage(ctx: ServiceContext, id: number) {
  const { sqlite } = ctx.workspace.require();
  const row = packageById(sqlite, id);
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy gói dữ liệu #${id}.`, { id });
  const result = applyChanges(sqlite, authorOf(ctx), {
    action: 'consolidation.remove',
    label: `Gỡ gói dữ liệu ${row.provinceName} năm ${row.year}`,
    changes: [{ op: 'delete', table: 'consolidation_packages', id }],
  });
  return { changeSetId: result.changeSetId };
}
