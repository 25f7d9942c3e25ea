import { listKeyTasks } from '../../../db/queries/projects-key-tasks';
import { loadGroupRules } from '../../../db/queries/projects-group';
import type { MethodOutput as Out } from '../../api/methods';
import { authorOf, type ServiceContext } from '../context';
import { applyGridEdits } from '../grid/apply-grid-edits';
import type { HandlersFor } from '../handler-types';
import { localIsoTimestamp } from '../platform';
import { deleteProject } from '../projects/delete';
import { attachFromDialog, removeDocument, saveDocument } from '../projects/documents';
import { applyProjectEdits } from '../projects/edits';
import { deriveGroup } from '../projects/group';
import { deleteKeyTask, keyTaskRegister, keyTaskWarnings, setKeyTasks } from '../projects/key-tasks';
import { projectDetail, projectPage, projectTotals } from '../projects/list';
import { projectRegister } from '../projects/register';
import { deleteStage, recordStage, updateStage } from '../projects/stages';

/** The planner's calendar day (local time), the "today" of group derivation and checks. */
export const todayOf = (ctx: ServiceContext) => localIsoTimestamp(ctx.clock.now()).slice(0, 10);
const sqliteOf = (ctx: ServiceContext) => ctx.workspace.require().sqlite;

/** Handlers for electron/api/methods/projects.ts. */
export const projectHandlers = {
  'projects.list': (input, ctx) => projectPage(sqliteOf(ctx), input, todayOf(ctx)),
  'projects.totals': (input, ctx) => projectTotals(sqliteOf(ctx), input, todayOf(ctx)),
  'projects.get': (input, ctx) => projectDetail(sqliteOf(ctx), input.id, todayOf(ctx)),
  'projects.applyEdits': (input, ctx) => {
    const sqlite = sqliteOf(ctx);
    return applyProjectEdits(sqlite, authorOf(ctx), projectRegister(sqlite), input, todayOf(ctx));
  },
  'projects.delete': (input, ctx) => deleteProject(sqliteOf(ctx), authorOf(ctx), input.id),
  'projects.deriveGroup': (input, ctx) => deriveGroup(loadGroupRules(sqliteOf(ctx)), { totalDong: input.totalDong, basisDate: input.onDate }, todayOf(ctx)),
  'projects.setKeyTasks': (input, ctx) => setKeyTasks(sqliteOf(ctx), authorOf(ctx), input.projectId, input.keyTaskIds),
  'projects.recordStage': (input, ctx) => recordStage(sqliteOf(ctx), authorOf(ctx), input),
  'projects.updateStage': (input, ctx) => updateStage(sqliteOf(ctx), authorOf(ctx), input),
  'projects.deleteStage': (input, ctx) => deleteStage(sqliteOf(ctx), authorOf(ctx), input.id),
  'projects.attachDocument': async (input, ctx) => {
    const sqlite = sqliteOf(ctx);
    const attached = await attachFromDialog(sqlite, authorOf(ctx), ctx.platform, input);
    if (!attached) return { document: null, changeSetId: null };
    const document = sqlite.prepare(
      `SELECT id, stage_event_id AS stageEventId, file_name AS fileName, media_type AS mediaType, size_bytes AS sizeBytes, sha256,
         added_at AS addedAt, note FROM project_documents WHERE id = ?`,
    ).get(attached.id) as Out<'projects.attachDocument'>['document'];
    return { document, changeSetId: attached.changeSetId };
  },
  'projects.removeDocument': (input, ctx) => removeDocument(sqliteOf(ctx), authorOf(ctx), input.id),
  'projects.saveDocument': (input, ctx) => saveDocument(sqliteOf(ctx), ctx.platform, input.id),
  'projects.listKeyTasks': (input, ctx) => {
    const rows = listKeyTasks(sqliteOf(ctx), input.search).map((row) => ({ ...row, warnings: keyTaskWarnings(row) }));
    return { total: rows.length, rows: rows.slice(input.offset, input.offset + input.limit) };
  },
  'projects.listAllKeyTasks': (_input, ctx) => listKeyTasks(sqliteOf(ctx)).map((row) => ({ ...row, warnings: keyTaskWarnings(row) })),
  'projects.applyKeyTaskEdits': (input, ctx) => {
    const sqlite = sqliteOf(ctx);
    return applyGridEdits(sqlite, authorOf(ctx), keyTaskRegister(sqlite), input);
  },
  'projects.deleteKeyTask': (input, ctx) => deleteKeyTask(sqliteOf(ctx), authorOf(ctx), input.id),
} satisfies HandlersFor<'projects'>;
