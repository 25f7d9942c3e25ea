import type { EventName, EventPayload } from '../api/events';
import { ServiceError } from './service-error';

/** What long work gets (architecture rule 7): a signal to stop at and a throttled progress reporter. */
export interface Job {
  jobId: string;
  signal: AbortSignal;
  /** Progress for the page's bar; sent at most every PROGRESS_INTERVAL_MS, and always for the last step. */
  report(done: number, total: number, label: string): void;
  /** Throws CANCELLED when the user pressed Cancel; call it between steps, before anything is renamed into place. */
  throwIfCancelled(): void;
}

// A progress event per step would flood the bridge on a 2,000-step job; 10 a second reads as smooth.
const PROGRESS_INTERVAL_MS = 100;

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Running jobs by id. The page chooses the id (a UUID) and passes it with the call that starts the work, so it can
 * show that job's progress and ask `jobs.cancel` for it while the call is still running.
 */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: Emit) {}

  async run<T>(jobId: string, work: (job: Job) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new ServiceError('INVALID_INPUT', 'Công việc này đang chạy.', { jobId });
    const controller = new AbortController();
    this.running.set(jobId, controller);
    let lastSent = 0;
    const job: Job = {
      jobId,
      signal: controller.signal,
      report: (done, total, label) => {
        const now = Date.now();
        if (done < total && now - lastSent < PROGRESS_INTERVAL_MS) return;
        lastSent = now;
        this.emit('job.progressed', { jobId, done, total, label });
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new ServiceError('CANCELLED', 'Đã hủy theo yêu cầu; không có tệp nào được ghi.', { jobId });
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(jobId);
    }
  }

  /** True when a job with that id was running and is now asked to stop. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}
