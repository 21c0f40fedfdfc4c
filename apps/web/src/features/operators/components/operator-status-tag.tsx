import { Tag } from 'antd';
import { OPERATOR_STATUS_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TOperatorStatus } from '@shian/shared/operator';
import { useLang } from '../../../lib/i18n.ts';

const COLORS: Record<TOperatorStatus, string> = { active: 'green', suspended: 'orange', deactivated: 'default' };

export function OperatorStatusTag({ status }: { status: TOperatorStatus }) {
  const lang = useLang();
  return <Tag color={COLORS[status]}>{nameOf(OPERATOR_STATUS_NAMES, status, lang)}</Tag>;
}
