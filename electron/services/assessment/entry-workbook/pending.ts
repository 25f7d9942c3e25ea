import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../context';
import { ServiceError } from '../../service-error';

/** One cell of a returned workbook as judged at import: what the file says and what the database held then. */
export interface PendingCell {
  oldValue: number | null;
  newValue: number | null;
  oldComment: string | null;
  newComment: string | null;
  /** The workbook's value cannot be taken; such cells are never applied. */
  problem: string | null;
}

export interface PendingImport {
  dataFile: string;
  year: number;
  createdAt: number;
  institutions: Map<number, { code: string; file: string; cells: Map<string, PendingCell> }>;
}

// Differences wait in memory between "read the workbooks" and "apply what was ticked"; only a few are kept, for
// a while, per host, and each belongs to the data file it was read against.
const MAX_PENDING = 5;
const LIFETIME_MS = 2 * 60 * 60 * 1000;
const stores = new WeakMap<ServiceContext, Map<string, PendingImport>>();

function storeOf(ctx: ServiceContext) {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = new Map()));
  const now = ctx.clock.now().getTime();
  for (const [token, pending] of store) if (now - pending.createdAt > LIFETIME_MS) store.delete(token);
  return store;
}

export function holdImport(ctx: ServiceContext, pending: Omit<PendingImport, 'createdAt'>): string {
  const store = storeOf(ctx);
  const token = randomUUID();
  store.set(token, { ...pending, createdAt: ctx.clock.now().getTime() });
  while (store.size > MAX_PENDING) store.delete(store.keys().next().value!);
  return token;
}

export function takeImport(ctx: ServiceContext, token: string, dataFile: string): PendingImport {
  const pending = storeOf(ctx).get(token);
  if (!pending || pending.dataFile !== dataFile) {
    throw new ServiceError('NOT_FOUND', 'Phiên nhập phiếu đã hết hạn hoặc thuộc tệp dữ liệu khác; hãy chọn lại các phiếu.', { token });
  }
  return pending;
}

export function dropImport(ctx: ServiceContext, token: string): void {
  storeOf(ctx).delete(token);
}
