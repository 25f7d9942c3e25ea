// Placeholder until the Backups page is written.
export function BackupsPage() {
  return <div data-testid="page-backups" />;
}
