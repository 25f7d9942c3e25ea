import { z } from 'zod';
import { method } from '../method';
import { empty } from '../schemas/common';
import { applyEditsInput, applyEditsResult, gridQuery } from '../schemas/grid';
import {
  attachDocumentInput,
  attachedDocument,
  byId,
  changeOnly,
  keyTaskRow,
  projectDetail,
  projectGridPage,
  projectGroup,
  projectGroupInput,
  projectListInput,
  projectTotals,
  projectViewQuery,
  recordStageInput,
  setKeyTasksInput,
  stageSaved,
  updateStageInput,
} from '../schemas/projects';

// The project register, its key tasks, lifecycle steps with legal basis, and attached documents. Every write is
// one recorded change (one undo step).
export const projectMethods = {
  // One page of the register (filters: stageCode, taskGroupCode, groupCode, id, keyTaskId), with derived groups.
  'projects.list': method(projectListInput, projectGridPage),
  'projects.totals': method(projectViewQuery, projectTotals),
  'projects.get': method(byId, projectDetail),
  // Cell edits and new rows; funding_<SOURCE> cells write the project's share of that source.
  'projects.applyEdits': method(applyEditsInput, applyEditsResult),
  // Only a project with no capital, milestones or frozen history of its own; otherwise cancel it.
  'projects.delete': method(byId, changeOnly),
  // The group a total would have on a date, with the reason (what-if for the detail panel and tests).
  'projects.deriveGroup': method(projectGroupInput, projectGroup),
  'projects.setKeyTasks': method(setKeyTasksInput, changeOnly),
  // A lifecycle step with its legal basis; a missing number, date or issuing body is a warning, never a block.
  'projects.recordStage': method(recordStageInput, stageSaved),
  'projects.updateStage': method(updateStageInput, stageSaved),
  'projects.deleteStage': method(byId, changeOnly),
  // The file comes from the host's open dialog; its bytes are stored in the data file.
  'projects.attachDocument': method(attachDocumentInput, attachedDocument),
  'projects.removeDocument': method(byId, changeOnly),
  // Writes an attached document where the user chooses (the host's save dialog).
  'projects.saveDocument': method(byId, z.object({ file: z.string().nullable() })),

  'projects.listKeyTasks': method(gridQuery, z.object({ total: z.number().int(), rows: z.array(keyTaskRow) })),
  'projects.applyKeyTaskEdits': method(applyEditsInput, applyEditsResult),
  // Removes the task and its links to projects in one change.
  'projects.deleteKeyTask': method(byId, changeOnly),
  'projects.listAllKeyTasks': method(empty, z.array(keyTaskRow)),
} as const;
