import { z } from 'zod';
import { method } from '../method';

/** A job id the page makes up (a UUID) and passes to the call that starts long work; progress comes as job.progressed. */
export const jobId = z.string().uuid();

export const jobMethods = {
  // Asks a running job to stop at its next step; nothing it was writing is renamed into place.
  'jobs.cancel': method(z.object({ jobId }).strict(), z.object({ cancelled: z.boolean() })),
} as const;
