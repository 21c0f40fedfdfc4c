import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TPublicFailingItem, TPublicSamplingResult } from '@shian/shared/sampling';
import { SampleVerdictTag } from './sample-verdict-tag.tsx';

/** One published result as a card a citizen reads on a phone: what was sampled where and when, and for a failed sample what failed by how much. */
export function PublicResultCard({ result: r }: { result: TPublicSamplingResult }) {
  const { t } = useTranslation();
  const product = [r.productName, r.brand && `${t('sampling.public.brand')} ${r.brand}`, r.specification].filter(Boolean).join(' · ');
  return (
    <Card size="small" data-testid="public-sampling-result" style={{ width: '100%' }}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {product}
          </Typography.Text>
          <SampleVerdictTag status="reported" verdict={r.verdict} />
        </Flex>
        <Typography.Text>
          <Typography.Text type="secondary">{t('sampling.public.operator')}</Typography.Text>{' '}
          {r.operatorId ? (
            <Link to={`/p/operators/${r.operatorId}`} title={t('sampling.public.operatorPage')}>
              {r.operatorName}
            </Link>
          ) : (
            r.operatorName
          )}
        </Typography.Text>
        <Typography.Text>
          <Typography.Text type="secondary">{t('sampling.public.manufacturer')}</Typography.Text> {r.manufacturerName}
        </Typography.Text>
        <Typography.Text type="secondary">
          {[`${t('sampling.public.sampledOn')} ${r.sampledOn}`, r.foodCategory, `${t('sampling.public.sampleNo')} ${r.sampleNo}`].join(' · ')}
        </Typography.Text>
        {r.failingItems.length > 0 && <FailingItems items={r.failingItems} />}
      </Flex>
    </Card>
  );
}

function FailingItems({ items }: { items: TPublicFailingItem[] }) {
  const { t } = useTranslation();
  const withUnit = (value: string, unit: string | null) => (unit && !value.includes(unit) ? `${value} ${unit}` : value);
  return (
    <div style={{ marginTop: 4, padding: '8px 10px', background: '#fff1f0', borderRadius: 6 }}>
      <Typography.Text strong style={{ color: '#a8071a' }}>
        {t('sampling.public.failingItems')}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {items.map((item) => (
          <li key={item.name} data-testid="public-sampling-failing-item">
            <Typography.Text strong>{item.name}</Typography.Text>
            <br />
            {[
              `${t('sampling.public.found')} ${withUnit(item.value, item.unit)}`,
              item.limitText && `${t('sampling.public.limit')} ${item.limitText}`,
              item.standard && `${t('sampling.public.standard')} ${item.standard}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
