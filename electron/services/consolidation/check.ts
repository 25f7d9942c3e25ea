import type { Sqlite } from '../../../db/client';
import { clashingPackage, declaredPredecessors } from '../../../db/queries/consolidation';
import type { PackageCheck } from '../../api/schemas/consolidation';
import { formatDate } from '../../api/text/format';
import { isRejection, rejected, verifyDataPackage, type VerifiedPackage } from '../data-package';
import { type Figure, figuresOf } from './figures';
import type { HeldPackage } from './held';
import { type DeclaredPredecessors, declarePredecessors, matchProvince, packageProvinceKey } from './provinces';

// A chosen file from bytes to verdict: verified as a package, its figures read and bounded, and compared with what
// the open file already holds and with the other files chosen with it (a second package of the same province and year,
// or the same package twice, is a duplicate). Nothing is written here.

/** Figures beyond this are not a province's (9 million billion đồng is MAX_SAFE_INTEGER); sums of 34 stay exact. */
const FIGURE_BOUND = 1e15;

export interface CandidateFile {
  fileName: string;
  sizeBytes: number;
  /** Reads the bytes; throws PACKAGE_REJECTED when the file cannot be read or is too big to read. */
  read: () => Buffer;
}

export interface Verdict {
  fileName: string;
  sizeBytes: number;
  held: HeldPackage | null;
  error: { reason: PackageCheck['reason'] & string; message: string } | null;
}

function boundedFigures(verified: VerifiedPackage): Figure[] {
  const figures = figuresOf(verified.snapshot);
  const wild = figures.find((f) => !Number.isFinite(f.value) || Math.abs(f.value) > FIGURE_BOUND);
  if (wild) {
    throw rejected('bad_data', verified.fileName, `giá trị "${wild.figure} ${wild.key}" năm ${wild.year} lớn bất thường (${wild.value}); số liệu không thể đúng`);
  }
  return figures;
}

/** Verifies one file; a refusal becomes a verdict, anything else (a bug) is thrown. */
export function verifyCandidate(file: CandidateFile): Verdict {
  try {
    const verified = verifyDataPackage(file.read(), file.fileName);
    return { fileName: file.fileName, sizeBytes: file.sizeBytes, held: { verified, figures: boundedFigures(verified) }, error: null };
  } catch (error) {
    if (!isRejection(error)) throw error;
    return { fileName: file.fileName, sizeBytes: file.sizeBytes, held: null, error: { reason: error.details.reason, message: error.message } };
  }
}

/** Predecessor declarations of the packages in the file plus those of the verified candidates. */
export function declarationsWith(sqlite: Sqlite, candidates: readonly (HeldPackage | null)[]): DeclaredPredecessors {
  const declared: DeclaredPredecessors = new Map();
  for (const row of declaredPredecessors(sqlite)) declarePredecessors(declared, row.provinceName, [row.predecessor]);
  for (const held of candidates) {
    if (held) declarePredecessors(declared, held.verified.snapshot.province.name, held.verified.manifest.province.predecessors);
  }
  return declared;
}

function duplicateOf(sqlite: Sqlite, held: HeldPackage, earlier: HeldPackage[]): string | null {
  const { snapshot, sha256, fileName } = held.verified;
  const key = packageProvinceKey(snapshot.province.name);
  const inFile = clashingPackage(sqlite, key, snapshot.year, sha256);
  if (inFile) {
    return inFile.sha256 === sha256
      ? `gói này đã được nhập ngày ${formatDate(inFile.importedAt.slice(0, 10))} (tệp "${inFile.fileName}")`
      : `đã có gói của ${inFile.provinceName} năm ${inFile.year} (tệp "${inFile.fileName}"); muốn thay, hãy gỡ gói cũ trước`;
  }
  const twin = earlier.find((e) => e.verified.sha256 === sha256 || (packageProvinceKey(e.verified.snapshot.province.name) === key && e.verified.snapshot.year === snapshot.year));
  if (!twin) return null;
  return twin.verified.sha256 === sha256
    ? `trùng hệt tệp "${twin.verified.fileName}" cũng đang được mở`
    : `tệp "${twin.verified.fileName}" cũng là gói của ${snapshot.province.name} năm ${snapshot.year}; mỗi tỉnh mỗi năm chỉ nhập một gói (tệp này: "${fileName}")`;
}

/** The checks the page shows, duplicates marked, with what each verified file would roll up into. */
export function judge(sqlite: Sqlite, verdicts: Verdict[]): { checks: PackageCheck[]; packages: Map<number, HeldPackage> } {
  const declared = declarationsWith(sqlite, verdicts.map((v) => v.held));
  const accepted: HeldPackage[] = [];
  const packages = new Map<number, HeldPackage>();
  const checks = verdicts.map((verdict, index): PackageCheck => {
    let error = verdict.error;
    const held = verdict.held;
    if (held && !error) {
      const why = duplicateOf(sqlite, held, accepted);
      if (why) error = { reason: 'duplicate', message: rejected('duplicate', verdict.fileName, why).message };
    }
    const base = { index, fileName: verdict.fileName, sizeBytes: verdict.sizeBytes };
    if (!held || error) {
      return {
        ...base,
        ok: false,
        reason: error!.reason,
        message: error!.message,
        sha256: held?.verified.sha256 ?? null,
        provinceName: held?.verified.snapshot.province.name ?? null,
        year: held?.verified.snapshot.year ?? null,
        rollsUpTo: null,
        predecessors: [],
        institutions: null,
        projects: null,
        createdAt: null,
      };
    }
    accepted.push(held);
    packages.set(index, held);
    const { snapshot, manifest, sha256 } = held.verified;
    return {
      ...base,
      ok: true,
      reason: null,
      message: null,
      sha256,
      provinceName: snapshot.province.name,
      year: snapshot.year,
      rollsUpTo: matchProvince(snapshot.province.name, declared).unit,
      predecessors: manifest.province.predecessors,
      institutions: snapshot.institutions.length,
      projects: snapshot.projects.length,
      createdAt: manifest.createdAt,
    };
  });
  return { checks, packages };
}
