import type { SyntheticSizes } from '../../electron/services/sample/synthetic-province';
import { populateSyntheticProvince, syntheticProvince } from '../../electron/services/sample/synthetic-province';
import type { InProcessHost } from '../support/test-host';

/**
 * Creates a synthetic province file of the given sizes and opens it in `host` (what `npm run cli -- generate` makes),
 * for the bench's parts that each need a province of their own. Returns the generator's summary of what it wrote.
 */
export function createSyntheticFile(host: InProcessHost, file: string, sizes: SyntheticSizes, name?: string): string {
  let populated = '';
  host.ctx.workspace.create(file, syntheticProvince(name), { actor: 'bench', at: new Date().toISOString() }, {
    populate: (sqlite) => (populated = populateSyntheticProvince(sqlite, sizes)),
  });
  return populated;
}
