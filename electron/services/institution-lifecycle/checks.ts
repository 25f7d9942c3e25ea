import type { Sqlite } from '../../../db/client';
import { formatDate } from '../../api/text/format';
import { parseDate } from '../../api/text/parse';
import { foldVietnamese } from '../../api/text/vietnamese';
import type { ServiceContext } from '../context';
import { localIsoTimestamp } from '../platform';
import { ServiceError } from '../service-error';
import { type InstitutionRecord, latestGovernanceStart } from './records';

const invalid = (message: string, details: Record<string, unknown> = {}) => new ServiceError('INVALID_INPUT', message, details);

const STATUS_TEXT: Record<InstitutionRecord['status'], string> = {
  active: 'đang hoạt động',
  merged: 'đã sáp nhập',
  split: 'đã chia tách',
  dissolved: 'đã giải thể',
};

/** Merged, split and dissolved institutions keep their history and take no further actions. */
export function requireActive(institution: InstitutionRecord): void {
  if (institution.status === 'active') return;
  const on = institution.statusChangedOn ? ` từ ngày ${formatDate(institution.statusChangedOn)}` : '';
  throw invalid(`${institution.name} (${institution.code}) ${STATUS_TEXT[institution.status]}${on}; không thể thực hiện thao tác này.`, {
    id: institution.id,
    status: institution.status,
  });
}

/**
 * A real date, not before 1945 and at most a year ahead (decisions are often issued ahead of their effective
 * date, rarely by more), and not before the institutions involved were founded or last changed governing body.
 */
export function requireEventDate(
  ctx: ServiceContext,
  sqlite: Sqlite,
  iso: string,
  institutions: InstitutionRecord[],
  options: { what?: string; endsGovernance?: boolean } = {},
): void {
  const what = options.what ?? 'Ngày hiệu lực';
  const parsed = parseDate(iso);
  if (!parsed.ok || !parsed.value) throw invalid(`${what}: ${parsed.ok ? 'chưa có ngày' : parsed.reason}.`, { field: 'occurredOn' });
  const today = localIsoTimestamp(ctx.clock.now()).slice(0, 10);
  const latest = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  if (iso < '1945-01-01' || iso > latest) {
    throw invalid(`${what} ${formatDate(iso)} nằm ngoài khoảng cho phép (01/01/1945 đến ${formatDate(latest)}).`, { field: 'occurredOn' });
  }
  for (const institution of institutions) {
    if (institution.foundedYear !== null && Number(iso.slice(0, 4)) < institution.foundedYear) {
      throw invalid(`${what} ${formatDate(iso)} trước năm thành lập ${institution.foundedYear} của ${institution.name}.`, { field: 'occurredOn' });
    }
    if (options.endsGovernance === false) continue;
    const governedFrom = latestGovernanceStart(sqlite, institution.id);
    if (governedFrom && iso <= governedFrom) {
      throw invalid(
        `${what} ${formatDate(iso)} phải sau ngày ${formatDate(governedFrom)}, ngày bắt đầu cơ quan chủ quản hiện tại của ${institution.name}.`,
        { field: 'occurredOn' },
      );
    }
  }
}

export function requireFreeCode(sqlite: Sqlite, code: string): void {
  const taken = sqlite.prepare('SELECT code, name FROM institutions WHERE upper(trim(code)) = upper(trim(?))').get(code) as
    | { code: string; name: string }
    | undefined;
  if (taken) throw invalid(`Mã "${code}" đã được dùng cho ${taken.name}.`, { field: 'code' });
}

/** Two active institutions with the same name (ignoring diacritics) would be indistinguishable in lists and imports. */
export function requireFreeName(sqlite: Sqlite, name: string, except: number[] = []): void {
  const folded = foldVietnamese(name.trim());
  const clash = (sqlite.prepare("SELECT id, code, name FROM institutions WHERE status = 'active' AND vn_fold(trim(name)) = ?").all(folded) as {
    id: number;
    code: string;
    name: string;
  }[]).find((row) => !except.includes(row.id));
  if (clash) throw invalid(`Đã có cơ sở đang hoạt động tên "${clash.name}" (${clash.code}).`, { field: 'name' });
}

export function requireDistinct(ids: number[], what: string): void {
  if (new Set(ids).size !== ids.length) throw invalid(`${what} có cơ sở bị lặp lại.`);
}
