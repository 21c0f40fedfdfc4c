import { Card, Col, Empty, Flex, List, Row, Statistic, Tag, Typography } from 'antd';
import { CheckCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TThreeShows } from '@shian/shared/three-shows';
import { InspectionResultTag } from './inspection-result-tag.tsx';

const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** 亮数据、亮问题、亮成绩: the same three blocks for staff, the business and the public. */
export function ThreeShowsView({ profile }: { profile: TThreeShows }) {
  const { t } = useTranslation();
  const grade = profile.operator.riskGrade;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('publicProfile.data')} style={{ height: '100%' }}>
          <Flex vertical gap={8}>
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('publicProfile.riskGrade')}</Typography.Text>
              {grade ? (
                <Tag color={GRADE_COLORS[grade]} data-testid="profile-grade">
                  {grade}
                </Tag>
              ) : (
                <Typography.Text>{t('publicProfile.notGraded')}</Typography.Text>
              )}
            </Flex>
            <Typography.Text type="secondary">{t('publicProfile.licences')}</Typography.Text>
            {profile.licences.length === 0 && <Typography.Text>{t('publicProfile.noLicence')}</Typography.Text>}
            {profile.licences.map((l) => (
              <Flex key={l.number} vertical>
                <Typography.Text strong>{l.number}</Typography.Text>
                <Typography.Text type="secondary">{l.scope}</Typography.Text>
                <Typography.Text type={l.state === 'expired' ? 'danger' : 'secondary'}>{t('publicProfile.licenceValid', { from: l.issuedOn, to: l.expiresOn })}</Typography.Text>
              </Flex>
            ))}
            <Typography.Text type="secondary">{t('publicProfile.recentInspections')}</Typography.Text>
            {profile.inspections.length === 0 ? (
              <Typography.Text>{t('publicProfile.noInspections')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={profile.inspections}
                renderItem={(i) => (
                  <List.Item data-testid="profile-inspection" style={{ paddingInline: 0 }}>
                    <Typography.Text>
                      {i.inspectedOn} {t(`inspections.kinds.${i.kind}`)}
                    </Typography.Text>
                    <InspectionResultTag result={i.result} status="closed" />
                  </List.Item>
                )}
              />
            )}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('publicProfile.problems')} style={{ height: '100%' }}>
          <Flex vertical gap={12}>
            <Flex gap={24}>
              <Statistic title={t('publicProfile.openRectifications')} value={profile.problems.openRectifications} />
              <Statistic
                title={t('publicProfile.overdueRectifications')}
                value={profile.problems.overdueRectifications}
                valueStyle={profile.problems.overdueRectifications > 0 ? { color: '#cf1322' } : undefined}
              />
            </Flex>
            <Typography.Text type="secondary">{t('publicProfile.nonconformingItems')}</Typography.Text>
            {profile.problems.nonconformingItems.length === 0 ? (
              <Typography.Text>{t('publicProfile.none')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {profile.problems.nonconformingItems.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('publicProfile.achievements')} style={{ height: '100%' }}>
          {profile.achievements.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicProfile.noAchievements')} />
          ) : (
            <Flex vertical gap={8}>
              {profile.achievements.map((a) => (
                <Typography.Text key={a.kind} data-testid="profile-achievement">
                  {a.kind === 'consecutive_conforming' ? <TrophyOutlined style={{ color: '#d48806' }} /> : <CheckCircleOutlined style={{ color: '#389e0d' }} />}{' '}
                  {t(`publicProfile.achievementNames.${a.kind}`, { count: a.count ?? 0 })}
                </Typography.Text>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}
