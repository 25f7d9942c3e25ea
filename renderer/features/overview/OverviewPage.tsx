// Placeholder until the page is written.
export function OverviewPage() {
  return <div data-testid="page-overview" />;
}
