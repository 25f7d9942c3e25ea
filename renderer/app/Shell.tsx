import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { AppState } from '../../electron/api/schemas/app';
import { useApiMutation, useApiQuery } from './api-hooks';
import { appRoutes } from './routes';
import { useUndoShortcuts } from './useUndoShortcuts';

/** The frame around every page: navigation, the open province, and app-wide undo / redo. */
export function Shell({ state }: { state: AppState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const status = useApiQuery('history.status', {});
  const undo = useApiMutation('history.undo');
  const redo = useApiMutation('history.redo');
  const close = useApiMutation('file.close');
  useUndoShortcuts(true);
  const current = state.current!;
  const selected = appRoutes.find((r) => location.pathname.startsWith(r.path))?.path ?? '/overview';

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={232} theme="light" style={{ borderRight: '1px solid #e5e7eb' }}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {t('app.title')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          onClick={({ key }) => void navigate(key)}
          items={appRoutes.map((r) => ({ key: r.path, icon: r.icon, label: t(`nav.${r.label}`) }))}
          role="navigation"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 20px', borderBottom: '1px solid #e5e7eb', display: 'flex', alignItems: 'center', gap: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="province-name">
            {current.provinceName}
          </Typography.Title>
          {current.isSample && <Tag color="orange">{t('app.sampleBadge')}</Tag>}
          <div style={{ flex: 1 }} />
          <Space>
            <Tooltip title={status.data?.undoLabel ? t('toolbar.undoWhat', { label: status.data.undoLabel }) : t('toolbar.nothing')}>
              <Button icon={<UndoOutlined />} disabled={!status.data?.canUndo} loading={undo.isPending} onClick={() => undo.mutate({})} aria-label={t('toolbar.undo')}>
                {t('toolbar.undo')}
              </Button>
            </Tooltip>
            <Tooltip title={status.data?.redoLabel ? t('toolbar.redoWhat', { label: status.data.redoLabel }) : ''}>
              <Button icon={<RedoOutlined />} disabled={!status.data?.canRedo} loading={redo.isPending} onClick={() => redo.mutate({})} aria-label={t('toolbar.redo')}>
                {t('toolbar.redo')}
              </Button>
            </Tooltip>
            <Button onClick={() => close.mutate({})}>{t('app.closeFile')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 20, overflow: 'auto' }}>
          <Routes>
            {appRoutes.map((r) => (
              <Route key={r.path} path={`${r.path}/*`} element={r.element} />
            ))}
            <Route path="*" element={<Navigate to="/overview" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
