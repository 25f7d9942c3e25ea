import { Alert, Typography } from 'antd';
import { useGridTexts } from './grid-texts';
import type { GridProblems as Problems } from './useRangeEdits';

const MAX_LISTED = 50;

/** What the last write could not save, cell by cell: row, column, the text refused and why. */
export function GridProblems({ testId, problems, onClose }: { testId: string; problems: Problems; onClose: () => void }) {
  const texts = useGridTexts();
  const { issues, notes } = problems;
  const listed = issues.slice(0, MAX_LISTED);
  return (
    <Alert
      data-testid={`${testId}-problems`}
      type={issues.length ? 'warning' : 'info'}
      showIcon
      closable={{ onClose, 'aria-label': texts.close }}
      title={issues.length ? texts.problemsTitle(issues.length) : notes[0]}
      description={
        <div style={{ maxHeight: 160, overflowY: 'auto' }}>
          {issues.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {listed.map((issue) => (
                <li key={`${issue.id}|${issue.field}`} data-testid={`${testId}-problem`}>
                  <Typography.Text strong>{issue.rowIndex >= 0 ? texts.row(issue.rowIndex, issue.rowLabel) : texts.newRow(-issue.rowIndex)}</Typography.Text>
                  {' · '}
                  {issue.header}: {issue.message}
                </li>
              ))}
              {issues.length > MAX_LISTED && <li>…</li>}
            </ul>
          )}
          {notes.slice(issues.length ? 0 : 1).map((note) => (
            <div key={note}>{note}</div>
          ))}
        </div>
      }
    />
  );
}
