import { Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PUBLIC_SEARCH_KINDS, type TPublicSearchItem, type TPublicSearchKind, type TPublicSearchResult } from '@shian/shared/public-portal';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import type { TList } from '../../../components/list-shell/use-list.ts';

type TProps = {
  q: string;
  list: TList<TPublicSearchItem> & { data?: TPublicSearchResult | null };
  /** The kind chosen in the address, else the one the server chose (the first kind that found anything). */
  kind: TPublicSearchKind | undefined;
  onKind: (kind: TPublicSearchKind) => void;
};

/** The results one kind at a time: a button per kind with its count, the chosen kind's page below. */
export function SearchResults({ q, list, kind, onKind }: TProps) {
  const { t } = useTranslation();
  const counts = list.data?.counts;
  const active = kind ?? list.data?.kind ?? PUBLIC_SEARCH_KINDS[0];
  return (
    <section aria-labelledby="portal-results">
      <Typography.Title level={2} id="portal-results" style={{ fontSize: 18, margin: '0 0 4px' }}>
        {t('publicPortal.resultsTitle', { q })}
      </Typography.Title>
      <Flex wrap gap={8} role="group" aria-label={t('publicPortal.kindsLabel')} style={{ margin: '8px 0 4px' }}>
        {PUBLIC_SEARCH_KINDS.map((k) => (
          // Buttons that wrap rather than tabs: five kinds with their counts do not fit one line on a phone.
          <Button
            key={k}
            type={k === active ? 'primary' : 'default'}
            aria-pressed={k === active}
            data-testid={`portal-tab-${k}`}
            onClick={() => onKind(k)}
            style={{ minHeight: 40 }}
          >
            {`${t(`publicPortal.kinds.${k}`)} ${counts ? counts[k] : ''}`}
          </Button>
        ))}
      </Flex>
      <ListShell
        list={list}
        testId="portal-results"
        emptyText={t('publicPortal.empty')}
        pagination={{ size: 'small' }}
        renderItem={(item) => (
          <List.Item key={item.link} data-testid="portal-hit">
            <List.Item.Meta
              title={
                <Link to={item.link} style={{ fontSize: 16 }}>
                  {item.title}
                </Link>
              }
              description={
                <Typography.Paragraph style={{ color: '#595959', margin: 0 }} ellipsis={{ rows: 2 }}>
                  {item.snippet}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}
