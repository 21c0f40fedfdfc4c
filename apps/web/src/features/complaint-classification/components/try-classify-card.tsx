import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLASSIFY_TEXT_MAX, type TClassifyResult, type THeadExplanation } from '@shian/shared/complaint-classification';
import { useAction } from '../../../components/use-action.ts';
import { classifyText } from '../api/complaint-classification-api.ts';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_TRADE_NAMES } from '@shian/shared/complaint';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function HeadExplanation({ head, name }: { head: THeadExplanation; name: (label: string) => string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        <Tag color="blue">{name(head.label)}</Tag>
        <Typography.Text>{`${t('complaintClassification.probability')} ${percent(head.probability)}`}</Typography.Text>
        {head.runnerUp && (
          <Typography.Text type="secondary">
            {t('complaintClassification.runnerUp', { label: name(head.runnerUp.label), probability: percent(head.runnerUp.probability) })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={4} wrap>
        {head.rules.length === 0 && <Typography.Text type="secondary">{t('complaintClassification.noRules')}</Typography.Text>}
        {head.rules.map((r) => (
          <Tag key={r.id} title={r.id}>{`${name(r.label)} +${r.weight}：${r.matched.join('、')}`}</Tag>
        ))}
      </Flex>
      {head.tokens.length > 0 && (
        <Typography.Text type="secondary">{`${t('complaintClassification.tokens')}：${head.tokens.map((x) => `${x.token.replace(' ', '')} +${x.weight}`).join('，')}`}</Typography.Text>
      )}
    </Flex>
  );
}

/** Classifies a pasted text and shows why: the transparency staff need to trust (or correct) the model. */
export function TryClassifyCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [result, setResult] = useState<TClassifyResult | null>(null);
  const { busy, run } = useAction();
  const trade = (label: string) => nameIn(COMPLAINT_TRADE_NAMES, label, lang);
  const issue = (label: string) => nameIn(COMPLAINT_ISSUE_TYPE_NAMES, label, lang);

  async function classify() {
    const answer = await run(() => classifyText(text));
    if (answer) setResult(answer);
  }

  return (
    <Card title={t('complaintClassification.tryTitle')}>
      <Flex vertical gap={8}>
        <Input.TextArea
          rows={3}
          maxLength={CLASSIFY_TEXT_MAX}
          showCount
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('complaintClassification.tryPlaceholder')}
          data-testid="classify-text"
        />
        <Button type="primary" loading={busy} onClick={() => void classify()} style={{ alignSelf: 'flex-start' }} data-testid="classify-submit">
          {t('complaintClassification.classify')}
        </Button>
        {result && (
          <Descriptions size="small" column={1} bordered data-testid="classify-result">
            <Descriptions.Item label={t('complaintClassification.confidence')}>{percent(result.confidence)}</Descriptions.Item>
            <Descriptions.Item label={t('complaintClassification.trade')}>
              <HeadExplanation head={result.explanation.trade} name={trade} />
            </Descriptions.Item>
            <Descriptions.Item label={t('complaintClassification.issueType')}>
              <HeadExplanation head={result.explanation.issueType} name={issue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('complaintClassification.businessName')}>{result.explanation.businessName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('complaintClassification.operatorMatches')}>
              {result.operatorMatches.length === 0
                ? t('complaintClassification.noMatches')
                : result.operatorMatches.map((m) => <div key={m.operatorId}>{`${m.name}（${m.address}）${percent(m.confidence)}`}</div>)}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Flex>
    </Card>
  );
}
