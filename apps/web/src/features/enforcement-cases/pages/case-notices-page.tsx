import { Button, Card, Checkbox, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCaseNoticeView } from '@shian/shared/enforcement-case';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { downloadOwnDecision, listNotices, submitStatement } from '../api/cases-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { PenaltyDescription } from './penalty-description.tsx';

/** The business's own penalty notices: what is proposed, its statement or hearing request, then the decision. */
export function CaseNoticesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload, setData } = useApi((signal) => listNotices(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('enforcementCases.notices.title')}>
      <List
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: t('enforcementCases.notices.empty') }}
        renderItem={(n) => (
          <List.Item key={n.id} data-testid="case-notice">
            <NoticeItem notice={n} onChanged={(next) => setData((data ?? []).map((x) => (x.id === next.id ? next : x)))} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function NoticeItem({ notice, onChanged }: { notice: TCaseNoticeView; onChanged: (next: TCaseNoticeView) => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ defence?: string; hearingRequested?: boolean }>();

  async function submit(v: { defence?: string; hearingRequested?: boolean }) {
    const next = await run(
      () => submitStatement(notice.id, { version: notice.version, defence: v.defence || undefined, hearingRequested: !!v.hearingRequested }),
      t('enforcementCases.saved'),
    );
    if (next) onChanged(next);
  }

  return (
    <Flex vertical gap={8} style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{notice.cause}</Typography.Text>
        {notice.caseNo && <Tag>{notice.caseNo}</Tag>}
      </Flex>
      <Typography.Text type="secondary">{`${t('enforcementCases.notices.proposed')} · ${notice.noticeOn}`}</Typography.Text>
      <PenaltyDescription penalty={notice.proposed} />
      {notice.statementAt ? (
        <Typography.Paragraph>
          {`${t('enforcementCases.notices.defence')}：${notice.statement ?? ''}`} {notice.hearingRequested && <Tag color="orange">{t('enforcementCases.notices.hearing')}</Tag>}
          <br />
          <Typography.Text type="secondary">{t('enforcementCases.notices.submitted', { at: formatDateTime(notice.statementAt) })}</Typography.Text>
        </Typography.Paragraph>
      ) : notice.mayRespond ? (
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Typography.Paragraph type="warning">{t('enforcementCases.notices.respondBy', { date: notice.statementDueOn })}</Typography.Paragraph>
          <Form.Item name="defence" label={t('enforcementCases.notices.defence')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} data-testid="notice-defence" />
          </Form.Item>
          {notice.proposed.hearingRight && (
            <Form.Item name="hearingRequested" valuePropName="checked">
              <Checkbox>{t('enforcementCases.notices.hearing')}</Checkbox>
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="notice-submit">
            {t('enforcementCases.notices.submit')}
          </Button>
        </Form>
      ) : (
        <Typography.Text type="secondary">{t('enforcementCases.notices.closed', { date: notice.statementDueOn })}</Typography.Text>
      )}
      {notice.decision && (
        <Card size="small" title={`${t('enforcementCases.notices.decision')} · ${notice.decision.decisionNo}`}>
          <PenaltyDescription penalty={notice.decision} />
          <Button loading={busy} onClick={() => void run(() => downloadOwnDecision(notice.id))}>
            {t('enforcementCases.notices.download')}
          </Button>
        </Card>
      )}
    </Flex>
  );
}
