import type { ReactNode } from 'react';
import { BookOutlined, ExperimentOutlined, FileProtectOutlined, IdcardOutlined, ReadOutlined, ReconciliationOutlined } from '@ant-design/icons';
import { LineChartOutlined, MessageOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';

// The side menu's groups, in the order a bureau's work runs: who is supervised, the routine checks, testing,
// the businesses' own responsibility (主体责任) and the training and exams behind both responsibilities,
// what the public reports, enforcement, credit, then the reference shelf, the figures and the housekeeping.
export const MENU_GROUP_IDS = [
  'subjects',
  'supervision',
  'responsibility',
  'training',
  'sampling',
  'complaints',
  'enforcement',
  'credit',
  'knowledge',
  'analytics',
  'system',
] as const;

export type TMenuGroupId = (typeof MENU_GROUP_IDS)[number];

/** Not a group: an entry here stands on its own above the groups (the workbench, every role's home). */
export const TOP_OF_MENU = 'top';

export const MENU_GROUP_ICONS: Record<TMenuGroupId, ReactNode> = {
  subjects: <IdcardOutlined />,
  supervision: <SafetyCertificateOutlined />,
  responsibility: <ReconciliationOutlined />,
  training: <ReadOutlined />,
  sampling: <ExperimentOutlined />,
  complaints: <MessageOutlined />,
  enforcement: <SolutionOutlined />,
  credit: <FileProtectOutlined />,
  knowledge: <BookOutlined />,
  analytics: <LineChartOutlined />,
  system: <SettingOutlined />,
};

/** The i18n key of a group's name (shell texts, menuGroups.*). */
export const menuGroupKey = (id: TMenuGroupId) => `menuGroups.${id}` as const;
