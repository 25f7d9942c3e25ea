import { Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageProps {
  /** The feature folder's name: the root gets data-testid="page-<name>", which the E2E tests look for. */
  name: string;
  title: string;
  intro?: ReactNode;
  /** A page whose main content is a server-paged grid fills the height so the grid scrolls, not the page. */
  fill?: boolean;
  children: ReactNode;
}

// The shell's content area is the viewport less its 64 px header and 2 × 20 px padding. The min-height holds the
// page to that size even where a wrapper between #root and the layout has no height of its own.
const fillStyle = { height: '100%', minHeight: 'max(480px, calc(100vh - 104px))' } as const;

export function Page({ name, title, intro, fill = false, children }: PageProps) {
  return (
    <div
      data-testid={`page-${name}`}
      style={{ display: 'flex', flexDirection: 'column', gap: 16, ...(fill ? fillStyle : {}) }}
    >
      <header>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {intro && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 960 }}>
            {intro}
          </Typography.Paragraph>
        )}
      </header>
      {children}
    </div>
  );
}
