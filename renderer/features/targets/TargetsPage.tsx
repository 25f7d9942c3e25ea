// Placeholder until the page is written.
export function TargetsPage() {
  return <div data-testid="page-targets" />;
}
