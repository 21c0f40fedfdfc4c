import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TUserStatus } from '@shian/shared/users';

const COLORS: Record<TUserStatus, string> = { active: 'green', locked: 'orange', deactivated: 'default', mustChangePassword: 'blue' };

/** 正常 / 已锁定 / 已停用 / 需改密: an account may show several at once. */
export function UserStatusTags({ statuses }: { statuses: TUserStatus[] }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {statuses.map((s) => (
        <Tag key={s} color={COLORS[s]} style={{ marginInlineEnd: 0 }} data-testid={`user-status-${s}`}>
          {t(`users.statuses.${s}`)}
        </Tag>
      ))}
    </Space>
  );
}
