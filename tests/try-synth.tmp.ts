import { join } from 'node:path';
import { Workspace } from '../electron/services/workspace';
import { readMigrations } from '../db/migrate';
import { populateSyntheticProvince, syntheticProvince } from '../electron/services/sample/synthetic-province';
import { MIGRATIONS_FOLDER } from './support/test-host';
import { makeTempDir } from './support/temp';
import { statSync } from 'node:fs';
const t = makeTempDir();
const ws = new Workspace(readMigrations(MIGRATIONS_FOLDER), join(t.dir, 'b'));
let populateMs = 0;
const t0 = performance.now();
const info = ws.create(join(t.dir, 's.sqlite'), syntheticProvince(), { actor: 'x', at: new Date().toISOString() }, {
  populate: (s) => { const a = performance.now(); const l = populateSyntheticProvince(s, { institutions: 2000, projects: 5000 }); populateMs = performance.now() - a; return l; },
});
console.log('total', Math.round(performance.now() - t0), 'populate', Math.round(populateMs), 'size MB', statSync(info.path).size / 1e6);
const { sqlite } = ws.require();
console.log(sqlite.prepare("SELECT label FROM change_sets").get());
ws.close(); t.cleanup();
