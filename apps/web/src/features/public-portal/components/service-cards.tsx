import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Typography } from 'antd';
import {
  AuditOutlined,
  BookOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FormOutlined,
  IdcardOutlined,
  LikeOutlined,
  NotificationOutlined,
  SafetyOutlined,
  ShopOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

type TService = {
  key: 'complaint' | 'complaintStatus' | 'nominations' | 'notices' | 'sampling' | 'penalties' | 'credit' | 'laws' | 'standards' | 'rumours' | 'stations' | 'toolbox';
  to: string;
  icon: ReactNode;
};

const SERVICES: TService[] = [
  { key: 'complaint', to: '/p/complaints/new', icon: <FormOutlined /> },
  { key: 'complaintStatus', to: '/p/complaints/new#status-lookup', icon: <FileSearchOutlined /> },
  { key: 'nominations', to: '/p/test-nominations', icon: <LikeOutlined /> },
  { key: 'notices', to: '/p/consumer-notices', icon: <NotificationOutlined /> },
  { key: 'sampling', to: '/p/sampling-results', icon: <ExperimentOutlined /> },
  { key: 'penalties', to: '/p/penalty-decisions', icon: <AuditOutlined /> },
  { key: 'credit', to: '/p/credit', icon: <IdcardOutlined /> },
  { key: 'laws', to: '/p/laws', icon: <BookOutlined /> },
  { key: 'standards', to: '/p/food-standards', icon: <FileProtectOutlined /> },
  { key: 'rumours', to: '/p/rumours', icon: <SafetyOutlined /> },
  { key: 'stations', to: '/p/service-stations', icon: <ShopOutlined /> },
  { key: 'toolbox', to: '/p/toolbox', icon: <ToolOutlined /> },
];

/** Every public service as a card: one column on a phone, large enough to tap. */
export function ServiceCards() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="portal-services">
      <Typography.Title level={2} id="portal-services" style={{ fontSize: 18, margin: '0 0 12px' }}>
        {t('publicPortal.servicesTitle')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {SERVICES.map((s) => (
          <Col key={s.key} xs={24} sm={12} lg={8}>
            <Link to={s.to} data-testid={`portal-service-${s.key}`} style={{ display: 'block', height: '100%' }}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Flex gap={12} align="center" style={{ minHeight: 56 }}>
                  <span aria-hidden style={{ fontSize: 28, color: '#0958d9', flex: 'none' }}>
                    {s.icon}
                  </span>
                  <Flex vertical>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {t(`publicPortal.services.${s.key}.title`)}
                    </Typography.Text>
                    <Typography.Text style={{ color: '#595959' }}>{t(`publicPortal.services.${s.key}.description`)}</Typography.Text>
                  </Flex>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
