// The annual submission's export at provincial scale: a synthetic 500-institution province (100 in --short), its
// submission record opened for the year the page offers first, then `submissionExport.export` timed end to end
// through the service layer (dialog answer, snapshot, .docx, PDF printed by Debian's Chromium, appendix .xlsx, data
// package, files written and flushed, bytes recorded in the data file), with the split by the job's own steps.
// Medians over repeats; figures for the README, never assertions.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Job, JobRegistry } from '../../electron/services/jobs';
import { createInProcessHost } from '../support/test-host';
import { ms, summarise } from './stats';
import { createSyntheticFile } from './synthetic-file';

interface Options {
  /** A scratch folder of the bench's own. */
  dir: string;
  short: boolean;
  report: (label: string, value: string) => void;
}

// The job's steps by the label it reports at the start of each (electron/services/submission-export/export-job.ts);
// an unknown label is printed as it is.
const STEP_NAMES: [RegExp, string][] = [
  [/chốt số liệu/i, 'snapshot'],
  [/\.docx/, 'docx'],
  [/PDF/, 'pdf'],
  [/\.xlsx/, 'xlsx'],
  [/\.zip/, 'package'],
  [/ghi tệp/i, 'write files'],
  [/lưu bản đã xuất/i, 'record in file'],
];
const stepName = (label: string) => STEP_NAMES.find(([pattern]) => pattern.test(label))?.[1] ?? label;

interface Mark {
  at: number;
  done: number;
  total: number;
  label: string;
}

/**
 * Marks every step a job reports, with the time. The job sends at most ten progress events a second, so a step
 * shorter than 100 ms would vanish from the events; its report calls are all seen here.
 */
function markSteps(jobs: JobRegistry): Mark[] {
  const marks: Mark[] = [];
  const run = jobs.run.bind(jobs);
  jobs.run = ((jobId: string, work: (job: Job) => Promise<unknown>) =>
    run(jobId, (job) =>
      work({
        ...job,
        report: (done, total, label) => {
          marks.push({ at: performance.now(), done, total, label });
          job.report(done, total, label);
        },
      }),
    )) as JobRegistry['run'];
  return marks;
}

const kib = (bytes: number) => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`);

export async function benchSubmissionExport({ dir, short, report }: Options): Promise<void> {
  const size = short ? { institutions: 100, projects: 60, runs: 1 } : { institutions: 500, projects: 300, runs: 3 };
  const root = join(dir, 'submission-export');
  mkdirSync(root, { recursive: true });
  const host = createInProcessHost({ dir: root });
  try {
    createSyntheticFile(host, join(root, 'tinh.sqlite'), { institutions: size.institutions, projects: size.projects });
    const { suggested: year } = await host.call('submission.years', {});
    await host.call('submission.open', { year });
    await host.call('submission.update', { year, patch: { documentNumber: '15', documentDate: `${year + 1}-02-05` } });

    // The app prints with a browser that is already up (Electron's own, or the Chromium host's); here the first
    // print starts Debian's Chromium, which is timed apart and not counted in the export.
    let t = performance.now();
    await host.platform.printToPdf('<!doctype html><p>khởi động</p>');
    report('submission export: start Chromium for printing (once, not in the export)', ms(performance.now() - t));

    const marks = markSteps(host.ctx.jobs);
    const totals: number[] = [];
    const steps = new Map<string, number[]>();
    let files: { role: string; sizeBytes: number }[] = [];
    for (let run = 0; run < size.runs; run += 1) {
      const folder = join(root, `xuat-${run}`);
      mkdirSync(folder);
      host.platform.directoryAnswers.push(folder);
      marks.length = 0;
      t = performance.now();
      const result = await host.call('submissionExport.export', { year, jobId: randomUUID() });
      const end = performance.now();
      totals.push(end - t);
      if (result.files.length !== 4) throw new Error(`the export wrote ${result.files.length} files, not 4`);
      files = result.files;
      // A step lasts from its report to the next one; the last report ("done") ends the last step.
      marks.slice(0, -1).forEach((mark, i) => {
        const name = stepName(mark.label);
        steps.set(name, [...(steps.get(name) ?? []), marks[i + 1]!.at - mark.at]);
      });
      const outside = (marks[0]?.at ?? end) - t + (end - (marks.at(-1)?.at ?? end));
      steps.set('dispatch and output check', [...(steps.get('dispatch and output check') ?? []), outside]);
    }
    const total = summarise(totals);
    const sizeOf = (role: string) => kib(files.find((f) => f.role === role)?.sizeBytes ?? 0);
    report(
      `submission export, ${size.institutions}-institution province, ${year}: end to end, service layer (p50 of ${total.runs})`,
      `${ms(total.p50)}${totals.length > 1 ? ` (runs ${totals.map(ms).join(' / ')})` : ''} (docx ${sizeOf('report_docx')}, pdf ${sizeOf('report_pdf')}, xlsx ${sizeOf('appendix_xlsx')}, package ${sizeOf('data_package')})`,
    );
    report(
      'submission export: by step (p50)',
      [...steps].map(([name, samples]) => `${name} ${ms(summarise(samples).p50)}`).join(' · '),
    );
  } finally {
    await host.platform.close();
    host.close();
  }
}
