import type { HandlersFor } from '../handler-types';

export const jobHandlers: HandlersFor<'jobs'> = {
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
