// Placeholder until the page is written.
export function SubmissionPage() {
  return <div data-testid="page-submission" />;
}
