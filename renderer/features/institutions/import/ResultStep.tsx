import { Result } from 'antd';
import type { ImportResult } from '../../../../electron/api/schemas/institution-import';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { texts } from './texts';

function detail(result: ImportResult, tx: typeof texts.vi): string {
  const parts = [
    result.inserted ? fill(tx.result.inserted, { count: result.inserted }) : '',
    result.updated ? fill(tx.result.updated, { count: result.updated }) : '',
    result.unchanged ? fill(tx.result.unchanged, { count: result.unchanged }) : '',
  ].filter(Boolean);
  return `${parts.join(', ')}. ${result.backedUp ? tx.result.backedUp : ''}`.trim();
}

export function ResultStep({ result }: { result: ImportResult }) {
  const tx = useLocalTexts(texts);
  const count = result.inserted + result.updated;
  return (
    <Result
      data-testid="import-result"
      status={count ? 'success' : 'info'}
      title={count ? fill(tx.result.title, { count }) : tx.result.nothing}
      subTitle={
        count ? (
          <>
            {detail(result, tx)}
            <br />
            {tx.result.undo}
          </>
        ) : undefined
      }
    />
  );
}
