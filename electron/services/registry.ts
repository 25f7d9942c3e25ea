import type { MethodName } from '../api/methods';
import { appHandlers } from './areas/app';
import { assessmentHandlers } from './areas/assessment';
import { backupHandlers } from './areas/backups';
import { capitalHandlers } from './areas/capital';
import { fileHandlers } from './areas/file';
import { historyHandlers } from './areas/history';
import { institutionImportHandlers } from './areas/institution-import';
import { institutionLifecycleHandlers } from './areas/institution-lifecycle';
import { institutionHandlers } from './areas/institutions';
import { platformHandlers } from './areas/platform';
import { profileHandlers } from './areas/profile';
import { projectHandlers } from './areas/projects';
import { readHandlers } from './areas/registers';
import { chartHandlers } from './areas/charts';
import { consolidationHandlers } from './areas/consolidation';
import { dashboardHandlers } from './areas/dashboard';
import { jobHandlers } from './areas/jobs';
import { roadmapHandlers } from './areas/roadmap';
import { submissionHandlers } from './areas/submission';
import { submissionExportHandlers } from './areas/submission-export';
import type { Handler } from './handler-types';

/** method → handler. The `satisfies` clause is the compiler's proof that every contract method is handled. */
export const handlers = {
  ...appHandlers,
  ...fileHandlers,
  ...profileHandlers,
  ...historyHandlers,
  ...readHandlers,
  ...institutionHandlers,
  ...institutionLifecycleHandlers,
  ...institutionImportHandlers,
  ...assessmentHandlers,
  ...backupHandlers,
  ...projectHandlers,
  ...capitalHandlers,
  ...platformHandlers,
  ...roadmapHandlers,
  ...dashboardHandlers,
  ...submissionHandlers,
  ...submissionExportHandlers,
  ...consolidationHandlers,
  ...jobHandlers,
  ...chartHandlers,
} satisfies { [M in MethodName]: Handler<M> };
