import { submissionOfYear } from '../../../db/queries/submission';
import { authorOf, type ServiceContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { historyStatus } from '../history/mutation-path';
import { approveSubmission, lockedYears, reopenSubmission, reviewSubmission } from '../submission/approval';
import { runPreflight } from '../submission/checks';
import { compareWithLastYear } from '../submission/compare';
import { prefillSection } from '../submission/narrative';
import { openSubmission, requireSubmission, submissionView, updateSection, updateSubmissionFields } from '../submission/record';
import { buildSubmissionSnapshot } from '../submission/snapshot';
import { submissionYears } from '../submission/years';

const sqliteOf = (ctx: ServiceContext) => ctx.workspace.require().sqlite;

/** The record as saved; after a recorded change the renderer refetches what it shows. */
function saved(ctx: ServiceContext, year: number, changeSetId: number | null) {
  const sqlite = sqliteOf(ctx);
  if (changeSetId !== null) ctx.emit('history.changed', historyStatus(sqlite));
  return { submission: submissionView(sqlite, requireSubmission(sqlite, year)), changeSetId };
}

function prefill(ctx: ServiceContext, year: number, key: Parameters<typeof prefillSection>[0]) {
  const { submission: _s, ...data } = buildSubmissionSnapshot(sqliteOf(ctx), { year, appVersion: ctx.appVersion, generatedAt: authorOf(ctx).at });
  return prefillSection(key, data);
}

/** Handlers for electron/api/methods/submission.ts. */
export const submissionHandlers: HandlersFor<'submission'> = {
  'submission.years': (_input, ctx) => submissionYears(sqliteOf(ctx), authorOf(ctx).at),
  'submission.get': ({ year }, ctx) => {
    const row = submissionOfYear(sqliteOf(ctx), year);
    return row ? submissionView(sqliteOf(ctx), row) : null;
  },
  'submission.open': ({ year }, ctx) => {
    const existed = submissionOfYear(sqliteOf(ctx), year) !== undefined;
    const view = openSubmission(sqliteOf(ctx), authorOf(ctx), year, ctx.appVersion);
    if (!existed) ctx.emit('history.changed', historyStatus(sqliteOf(ctx)));
    return view;
  },
  'submission.update': ({ year, patch }, ctx) => saved(ctx, year, updateSubmissionFields(sqliteOf(ctx), authorOf(ctx), year, patch).changeSetId),
  'submission.updateSection': ({ year, key, body }, ctx) => saved(ctx, year, updateSection(sqliteOf(ctx), authorOf(ctx), year, key, body, 'edit').changeSetId),
  'submission.prefillSection': ({ year, key }, ctx) => ({ key, body: prefill(ctx, year, key) }),
  'submission.regenerateSection': ({ year, key }, ctx) => {
    requireSubmission(sqliteOf(ctx), year);
    return saved(ctx, year, updateSection(sqliteOf(ctx), authorOf(ctx), year, key, prefill(ctx, year, key), 'regenerate').changeSetId);
  },
  'submission.preflight': ({ year }, ctx) => runPreflight(sqliteOf(ctx), { year, appVersion: ctx.appVersion, now: authorOf(ctx).at }),
  'submission.review': ({ year }, ctx) => saved(ctx, year, reviewSubmission(sqliteOf(ctx), authorOf(ctx), year).changeSetId),
  'submission.approve': ({ year, acknowledgedWarnings }, ctx) =>
    saved(ctx, year, approveSubmission(sqliteOf(ctx), authorOf(ctx), { year, acknowledgedWarnings, appVersion: ctx.appVersion }).changeSetId),
  'submission.reopen': ({ year, reason, toState }, ctx) => saved(ctx, year, reopenSubmission(sqliteOf(ctx), authorOf(ctx), { year, reason, toState }).changeSetId),
  'submission.lockedYears': (_input, ctx) => lockedYears(sqliteOf(ctx)),
  'submission.compare': ({ year }, ctx) => compareWithLastYear(sqliteOf(ctx), { year, appVersion: ctx.appVersion, now: authorOf(ctx).at }),
};
