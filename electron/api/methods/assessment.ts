// Targets and yearly assessment methods (values, states, attainment, completeness, entry workbooks).
import { z } from 'zod';
import { method } from '../method';
import {
  applyEntryInput,
  applyEntryResult,
  assessmentEditsInput,
  assessmentEditsResult,
  assessmentGridInput,
  assessmentGridPage,
  attainmentInput,
  attainmentResult,
  attainmentSeries,
  attainmentSeriesInput,
  completeness,
  completenessInput,
  exportEntryInput,
  exportEntryResult,
  importEntryInput,
  importEntryResult,
  institutionAssessment,
  institutionAssessmentInput,
  setStateInput,
  setStateResult,
  targetCreateInput,
  targetDetail,
  targetSaved,
  targetUpdateInput,
  trajectoryInput,
  trajectorySuggestion,
} from '../schemas/assessment';
import { empty } from '../schemas/common';

const targetId = z.object({ id: z.number().int().positive() }).strict();

export const assessmentMethods = {
  // Every target with all its fields and yearly values (targets.list is the older read-only summary).
  'targets.listDetails': method(empty, z.array(targetDetail)),
  'targets.get': method(targetId, targetDetail),
  // Each write is one recorded change: one undo step.
  'targets.create': method(targetCreateInput, targetSaved),
  'targets.update': method(targetUpdateInput, targetSaved),
  // Provincial targets only, and only while no roadmap milestone names them.
  'targets.delete': method(targetId, z.object({ changeSetId: z.number().int().nullable() })),
  // A straight line from each known value to the next; nothing is written until the planner saves it.
  'targets.suggestTrajectory': method(trajectoryInput, trajectorySuggestion),

  'assessment.grid': method(assessmentGridInput, assessmentGridPage),
  'assessment.applyEdits': method(assessmentEditsInput, assessmentEditsResult),
  'assessment.setState': method(setStateInput, setStateResult),
  'assessment.institution': method(institutionAssessmentInput, institutionAssessment),
  'assessment.attainment': method(attainmentInput, attainmentResult),
  'assessment.attainmentSeries': method(attainmentSeriesInput, attainmentSeries),
  'assessment.completeness': method(completenessInput, completeness),
  // The folder comes from the host's dialog; one workbook per institution.
  'assessment.exportEntryWorkbooks': method(exportEntryInput, exportEntryResult),
  // The files come from the host's dialog; nothing is written, the difference is held under a token.
  'assessment.importEntryWorkbooks': method(importEntryInput, importEntryResult),
  'assessment.applyEntryImport': method(applyEntryInput, applyEntryResult),
} as const;
