import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DashboardSummary } from '../../../electron/api/schemas/dashboard';
import { TONE_COLOURS, type TileView, tileViews } from './tile-views';

function Tile({ tile, open }: { tile: TileView; open: (to: string) => void }) {
  const go = () => open(tile.to);
  return (
    <Card
      size="small"
      hoverable
      role="link"
      tabIndex={0}
      onClick={go}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), go())}
      data-testid={`tile-${tile.key}`}
      data-to={tile.to}
      style={{ height: '100%' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 2, height: '100%' } }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {tile.title} <RightOutlined style={{ fontSize: 10 }} />
      </Typography.Text>
      <span data-testid={`tile-${tile.key}-value`} style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.2, color: TONE_COLOURS[tile.tone], fontVariantNumeric: 'tabular-nums' }}>
        {tile.value}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tile.note}
      </Typography.Text>
      {tile.extra && <Typography.Text style={{ fontSize: 12, color: TONE_COLOURS.warn }}>{tile.extra}</Typography.Text>}
    </Card>
  );
}

/** The headline figures; each opens the page behind it, filtered. */
export function DashboardTiles({ summary }: { summary: DashboardSummary }): ReactNode {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]}>
      {tileViews(summary, t).map((tile) => (
        <Col key={tile.key} xs={12} lg={8} xxl={4}>
          <Tile tile={tile} open={navigate} />
        </Col>
      ))}
    </Row>
  );
}
