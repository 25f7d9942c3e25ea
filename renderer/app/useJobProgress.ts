import { useEffect, useState } from 'react';
import { api } from '../api';

export interface Progress {
  done: number;
  total: number;
  label: string;
}

/** The job.progressed events of one job, (import, export, consolidation). */
export function useJobProgress(jobId: string | null): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!jobId) return undefined;
    return api.on('job.progressed', (event) => {
      if (event.jobId === jobId) setProgress({ done: event.done, total: event.total, label: event.label });
    });
  }, [jobId]);
  return progress;
}
