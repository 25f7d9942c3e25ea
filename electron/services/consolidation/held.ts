import { randomUUID } from 'node:crypto';
import type { PackageCheck } from '../../api/schemas/consolidation';
import type { ServiceContext } from '../context';
import type { VerifiedPackage } from '../data-package';
import type { Figure } from './figures';

/** A verified package waiting for the user to import it: the bytes that were checked, and their figures. */
export interface HeldPackage {
  verified: VerifiedPackage;
  figures: Figure[];
}

export interface HeldPreview {
  checks: PackageCheck[];
  packages: Map<number, HeldPackage>;
  usedAt: number;
}

const MAX_PREVIEWS = 3;
const IDLE_MS = 30 * 60 * 1000;

/**
 * Previews between "open" and "import", under opaque tokens: the page names a token, never a path, and what is
 * imported is exactly the bytes that were verified (a file changed on disk in between does not matter). A few at
 * a time, dropped when idle, so an abandoned preview does not hold 34 packages for the rest of the day.
 */
export class HeldPreviews {
  private readonly previews = new Map<string, HeldPreview>();
  constructor(private readonly now: () => number) {}

  open(checks: PackageCheck[], packages: Map<number, HeldPackage>): string {
    this.expire();
    while (this.previews.size >= MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    const token = randomUUID();
    this.previews.set(token, { checks, packages, usedAt: this.now() });
    return token;
  }

  get(token: string): HeldPreview | undefined {
    this.expire();
    const preview = this.previews.get(token);
    if (preview) preview.usedAt = this.now();
    return preview;
  }

  close(token: string): void {
    this.previews.delete(token);
  }

  private expire() {
    const cutoff = this.now() - IDLE_MS;
    for (const [token, preview] of this.previews) if (preview.usedAt < cutoff) this.previews.delete(token);
  }
}

// One store per service host, like the import sessions: tests get fresh ones.
const stores = new WeakMap<ServiceContext, HeldPreviews>();

export function heldPreviews(ctx: ServiceContext): HeldPreviews {
  let store = stores.get(ctx);
  if (!store) {
    store = new HeldPreviews(() => ctx.clock.now().getTime());
    stores.set(ctx, store);
  }
  return store;
}
