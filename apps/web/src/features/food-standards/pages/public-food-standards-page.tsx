import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STANDARD_STATUSES } from '@shian/shared/food-standard';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { useStandardOptions } from '../hooks/use-standard-options.ts';
import { listStandards } from '../api/food-standards-api.ts';
import { StandardStatusTag } from '../../../components/standard-status-tag.tsx';

/** Food safety standards for anyone: search by number or title, see whether a standard is in force. */
export function PublicFoodStandardsPage() {
  const { t } = useTranslation();
  const options = useStandardOptions();
  const list = useList({ params: { q: text(), status: oneOf(STANDARD_STATUSES) } }, ({ filters, page, pageSize }, signal) => listStandards({ ...filters, page, pageSize }, signal));
  return (
    <PublicPage title={t('foodStandards.publicTitle')}>
      <Card>
        <ListShell
          list={list}
          filters={
            <>
              <Typography.Paragraph type="secondary">{t('foodStandards.intro')}</Typography.Paragraph>
              <FilterBar>
                <SearchFilter list={list} name="q" enterButton placeholder={t('foodStandards.search')} style={{ flex: 1, minWidth: 220 }} />
                <SelectFilter list={list} name="status" placeholder={t('foodStandards.allStatuses')} options={options.statuses} style={{ minWidth: 120 }} />
              </FilterBar>
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
    </PublicPage>
  );
}
