import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../context';
import type { GridWorkbook } from './grid';
import { refuse } from './import-error';
import { IMPORT_LIMITS } from './limits';

interface Session {
  workbook: GridWorkbook;
  usedAt: number;
}

/**
 * Parsed workbooks between the wizard's steps, under opaque tokens: the page names a token, never a path. A few
 * at a time, dropped when idle, so an abandoned wizard does not hold a big workbook for the rest of the day.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, Session>();
  constructor(private readonly now: () => number) {}

  private expire() {
    const cutoff = this.now() - IMPORT_LIMITS.sessionMs;
    for (const [token, session] of this.sessions) if (session.usedAt < cutoff) this.sessions.delete(token);
  }

  open(workbook: GridWorkbook): string {
    this.expire();
    while (this.sessions.size >= IMPORT_LIMITS.sessions) {
      const oldest = [...this.sessions].sort((a, b) => a[1].usedAt - b[1].usedAt)[0]!;
      this.sessions.delete(oldest[0]);
    }
    const token = randomUUID();
    this.sessions.set(token, { workbook, usedAt: this.now() });
    return token;
  }

  get(token: string): GridWorkbook {
    this.expire();
    const session = this.sessions.get(token);
    if (!session) throw refuse('SESSION_EXPIRED', 'Phiên nhập tệp đã hết hạn hoặc đã đóng; hãy chọn lại tệp.');
    session.usedAt = this.now();
    return session.workbook;
  }

  close(token: string): boolean {
    return this.sessions.delete(token);
  }
}

// One store per service host: sessions belong to the host that read the file, and tests get fresh ones.
const stores = new WeakMap<ServiceContext, ImportSessions>();

export function importSessions(ctx: ServiceContext): ImportSessions {
  let store = stores.get(ctx);
  if (!store) {
    store = new ImportSessions(() => ctx.clock.now().getTime());
    stores.set(ctx, store);
  }
  return store;
}
