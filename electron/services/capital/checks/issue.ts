import type { CheckIssue } from '../../../api/schemas/capital';

type IssueFields = Pick<CheckIssue, 'kind' | 'severity' | 'projectId' | 'projectCode' | 'projectName' | 'message'> & Partial<CheckIssue>;

/** An issue with exactly the contract's fields (query rows spread in carry more), the optional ones empty. */
export function issue(f: IssueFields): CheckIssue {
  return {
    kind: f.kind,
    severity: f.severity,
    projectId: f.projectId,
    projectCode: f.projectCode,
    projectName: f.projectName,
    sourceCode: f.sourceCode ?? null,
    year: f.year ?? null,
    amountDong: f.amountDong ?? null,
    referenceDong: f.referenceDong ?? null,
    related: f.related ?? [],
    message: f.message,
  };
}
