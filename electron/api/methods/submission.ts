// The annual submission to the ministry: the year's record (document fields and narrative), pre-flight checks,
// review and approval (which locks the year's data) and reopening with a reason, and the comparison with last year.
// The files themselves are submissionExport.* (electron/api/methods/submission-export.ts).
import { z } from 'zod';
import { method } from '../method';
import { empty } from '../schemas/common';
import {
  approveInput,
  comparison,
  lockedYear,
  preflightResult,
  prefillResult,
  reopenInput,
  reviewInput,
  savedSubmission,
  sectionInput,
  sectionUpdateInput,
  submissionUpdateInput,
  submissionView,
  submissionYears,
  yearInput,
} from '../schemas/submission';

export const submissionMethods = {
  // Years with figures or capital (and the current year), each with its submission state; the year to offer first.
  'submission.years': method(empty, submissionYears),
  // The year's record; null when none was opened yet (reads only).
  'submission.get': method(yearInput, submissionView.nullable()),
  // The year's record, created on first open: subject, recipients from the profile, narrative prefilled from the data.
  'submission.open': method(yearInput, submissionView),
  // Document number, date, subject, recipients: one recorded change (undoable); a reviewed report goes back to draft.
  'submission.update': method(submissionUpdateInput, savedSubmission),
  // One narrative section's text: one recorded change (undoable).
  'submission.updateSection': method(sectionUpdateInput, savedSubmission),
  // What "regenerate from data" would write into a section, without writing it (the page asks first).
  'submission.prefillSection': method(sectionInput, prefillResult),
  // Replaces a section with the text written from the data: one recorded change (undoable).
  'submission.regenerateSection': method(sectionInput, savedSubmission),
  // What the year still lacks, each with a link to fix it; blocking ones stop approval, warnings are acknowledged.
  'submission.preflight': method(yearInput, preflightResult),
  // draft → reviewed (final: in History, not undoable).
  'submission.review': method(reviewInput, savedSubmission),
  // reviewed → approved, locking the year's data (final); refused while a blocking check fails or a warning is unread.
  'submission.approve': method(approveInput, savedSubmission),
  // approved → reviewed (or draft) with a non-empty reason, unlocking the year (final).
  'submission.reopen': method(reopenInput, savedSubmission),
  // Years whose data is locked by an approved submission, with the reason pages show on locked cells.
  'submission.lockedYears': method(empty, z.array(lockedYear)),
  // This year's figures beside last year's (as frozen at its latest export, else as the file holds them now).
  'submission.compare': method(yearInput, comparison),
} as const;
