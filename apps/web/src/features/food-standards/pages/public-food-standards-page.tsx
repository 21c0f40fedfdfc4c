import { Card, Flex, Input, List, Select, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STANDARD_STATUSES } from '@shian/shared/food-standard';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { listStandards } from '../api/food-standards-api.ts';
import { StandardStatusTag } from '../../../components/standard-status-tag.tsx';

/** Food safety standards for anyone: search by number or title, see whether a standard is in force. */
export function PublicFoodStandardsPage() {
  const { t } = useTranslation();
  const list = useList({ params: { q: text(), status: oneOf(STANDARD_STATUSES) } }, ({ filters, page, pageSize }, signal) => listStandards({ ...filters, page, pageSize }, signal));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('foodStandards.publicTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card>
        <ListShell
          list={list}
          filters={
            <>
              <Typography.Paragraph type="secondary">{t('foodStandards.intro')}</Typography.Paragraph>
              <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                <Input.Search
                  allowClear
                  enterButton
                  defaultValue={list.filters.q}
                  placeholder={t('foodStandards.search')}
                  onSearch={(v) => list.set({ q: v.trim() || undefined })}
                  style={{ flex: 1, minWidth: 220 }}
                />
                <Select
                  allowClear
                  placeholder={t('foodStandards.allStatuses')}
                  value={list.filters.status}
                  onChange={(v) => list.set({ status: v })}
                  options={STANDARD_STATUSES.map((s) => ({ value: s, label: t(`foodStandards.statuses.${s}`) }))}
                  style={{ minWidth: 120 }}
                />
              </Flex>
            </>
          }
          emptyText={t('foodStandards.empty')}
          pagination={{ size: 'small' }}
          renderItem={(s) => (
            <List.Item key={s.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{s.number}</Typography.Text>
                    <StandardStatusTag status={s.status} />
                  </Flex>
                }
                description={
                  <>
                    <Typography.Text>{s.title}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {[
                        s.issuedOn && `${t('foodStandards.issuedOn')} ${s.issuedOn}`,
                        s.implementedOn && `${t('foodStandards.implementedOn')} ${s.implementedOn}`,
                        s.supersededBy && t('foodStandards.replacedBy', { number: s.supersededBy }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                    {s.summary && <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0 }}>{s.summary}</Typography.Paragraph>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
