import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of a page for the public (no sign-in): one column under the app's name, the page's title and the language switch. */
export function PublicPage({ title, maxWidth = 900, children }: { title: ReactNode; maxWidth?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} style={{ maxWidth, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {title}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      {children}
    </Flex>
  );
}
