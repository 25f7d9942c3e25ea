// Placeholder until the page is written.
export function CapitalPage() {
  return <div data-testid="page-capital" />;
}
