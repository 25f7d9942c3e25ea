import { z } from 'zod';
import { appState, language, openFile } from './schemas/app';
import { empty } from './schemas/common';
import { historyListInput, historyPage, historyStatus } from './schemas/history';
import { overviewSummary } from './schemas/overview';
import { newProvinceInput, profile, profileUpdateInput } from './schemas/profile';
import { referenceData } from './schemas/reference';
import {
  capitalCell,
  institutionListInput,
  institutionPage,
  targetRow,
} from './schemas/registers';

import { method, type MethodDef } from './method';
import { assessmentMethods } from './methods/assessment';
import { backupMethods } from './methods/backups';
import { capitalMethods } from './methods/capital';
import { institutionImportMethods } from './methods/institution-import';
import { institutionLifecycleMethods } from './methods/institution-lifecycle';
import { institutionMethods } from './methods/institutions';
import { projectMethods } from './methods/projects';
import { chartMethods } from './methods/charts';
import { consolidationMethods } from './methods/consolidation';
import { dashboardMethods } from './methods/dashboard';
import { jobMethods } from './methods/jobs';
import { roadmapMethods } from './methods/roadmap';
import { submissionMethods } from './methods/submission';
import { submissionExportMethods } from './methods/submission-export';

/**
 * The whole renderer→main surface, declared once. Names are `area.verbNoun`. No method takes a file path from
 * the page: paths come from the host's own dialogs or from the recent-files list the host keeps.
 */
export const methods = {
  'app.getState': method(empty, appState),
  'app.setLanguage': method(z.object({ language }), appState),

  'file.openSample': method(empty, openFile),
  'file.createProvince': method(newProvinceInput, z.object({ opened: openFile.nullable() })),
  'file.openWithDialog': method(empty, z.object({ opened: openFile.nullable() })),
  'file.openRecent': method(z.object({ id: z.string().max(64) }), openFile),
  'file.forgetRecent': method(z.object({ id: z.string().max(64) }), appState),
  'file.close': method(empty, appState),

  'profile.get': method(empty, profile),
  'profile.update': method(profileUpdateInput, profile),

  'reference.get': method(empty, referenceData),

  'history.status': method(empty, historyStatus),
  'history.list': method(historyListInput, historyPage),
  'history.undo': method(empty, historyStatus),
  'history.redo': method(empty, historyStatus),

  'overview.getSummary': method(empty, overviewSummary),
  'institutions.list': method(institutionListInput, institutionPage),
  ...institutionMethods,
  ...institutionLifecycleMethods,
  ...institutionImportMethods,
  ...assessmentMethods,
  ...backupMethods,
  ...projectMethods,
  ...capitalMethods,
  ...roadmapMethods,
  ...dashboardMethods,
  ...submissionMethods,
  ...submissionExportMethods,
  ...consolidationMethods,
  ...jobMethods,
  ...chartMethods,
  'targets.list': method(empty, z.array(targetRow)),
  'capital.listByYearAndSource': method(empty, z.array(capitalCell)),

  'platform.revealDataFile': method(empty, z.object({ revealed: z.boolean() })),
} as const satisfies Record<string, MethodDef>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

