import {
  AimOutlined,
  CloudDownloadOutlined,
  BankOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  GlobalOutlined,
  FundProjectionScreenOutlined,
  HistoryOutlined,
  NodeIndexOutlined,
  SettingOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ConsolidationPage } from '../features/consolidation/ConsolidationPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { CapitalPage } from '../features/capital/CapitalPage';
import { HistoryPage } from '../features/history/HistoryPage';
import { InstitutionsPage } from '../features/institutions/InstitutionsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { RoadmapPage } from '../features/roadmap/RoadmapPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SubmissionPage } from '../features/submission/SubmissionPage';
import { TargetsPage } from '../features/targets/TargetsPage';

export interface AppRoute {
  path: string;
  /** Key under nav.* in the shared texts. */
  label: string;
  icon: ReactNode;
  element: ReactNode;
}

/** The navigation, in the order the planner works; the Electron menu routes here by path. */
export const appRoutes: AppRoute[] = [
  { path: '/overview', label: 'overview', icon: <DashboardOutlined />, element: <OverviewPage /> },
  { path: '/institutions', label: 'institutions', icon: <BankOutlined />, element: <InstitutionsPage /> },
  { path: '/targets', label: 'targets', icon: <AimOutlined />, element: <TargetsPage /> },
  { path: '/projects', label: 'projects', icon: <FundProjectionScreenOutlined />, element: <ProjectsPage /> },
  { path: '/capital', label: 'capital', icon: <WalletOutlined />, element: <CapitalPage /> },
  { path: '/roadmap', label: 'roadmap', icon: <NodeIndexOutlined />, element: <RoadmapPage /> },
  { path: '/submission', label: 'submission', icon: <FileDoneOutlined />, element: <SubmissionPage /> },
  { path: '/consolidation', label: 'consolidation', icon: <GlobalOutlined />, element: <ConsolidationPage /> },
  { path: '/settings', label: 'settings', icon: <SettingOutlined />, element: <SettingsPage /> },
  { path: '/history', label: 'history', icon: <HistoryOutlined />, element: <HistoryPage /> },
  { path: '/backups', label: 'backups', icon: <CloudDownloadOutlined />, element: <BackupsPage /> },
];
