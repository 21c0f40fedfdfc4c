import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, List, Spin, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TDailyContent, TMonthlyContent, TSelfCheck, TWeeklyContent } from '@shian/shared/self-check';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { useAction } from '../../../components/use-action.ts';
import { addCorrection, downloadSelfCheck, fileUrl, getSelfCheck } from '../api/self-checks-api.ts';

function Content({ record }: { record: TSelfCheck }) {
  const { t } = useTranslation();
  if (record.kind === 'daily') {
    const items = (record.content as TDailyContent).items;
    return (
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={items}
        scroll={{ x: 560 }}
        columns={[
          { key: 'category', title: t('selfChecks.kinds.daily'), dataIndex: 'category', width: 100 },
          { key: 'text', title: '', dataIndex: 'text' },
          {
            key: 'result',
            title: '',
            width: 80,
            render: (_, i) => <Tag color={i.result === 'problem' ? 'red' : i.result === 'ok' ? 'green' : undefined}>{t(`selfChecks.results.${i.result}`)}</Tag>,
          },
          {
            key: 'detail',
            title: '',
            render: (_, i) =>
              i.result === 'problem' && (
                <Flex vertical gap={4}>
                  {i.note && <span>{`${t('selfChecks.note')}：${i.note}`}</span>}
                  <span>{`${t('selfChecks.action')}：${i.action || '—'}`}</span>
                  <PhotoThumbs urls={i.photoIds.map((id) => ({ id, thumb: fileUrl(record.id, id, 'thumb'), full: fileUrl(record.id, id, 'full') }))} />
                </Flex>
              ),
          },
        ]}
      />
    );
  }
  if (record.kind === 'weekly') {
    const c = record.content as TWeeklyContent;
    return (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('selfChecks.hazardsFound')}>{c.hazardsFound}</Descriptions.Item>
        <Descriptions.Item label={t('selfChecks.fixed')}>{c.fixed}</Descriptions.Item>
        <Descriptions.Item label={t('selfChecks.open')}>{c.open}</Descriptions.Item>
        <Descriptions.Item label={t('selfChecks.summary')}>{c.summary}</Descriptions.Item>
      </Descriptions>
    );
  }
  const c = record.content as TMonthlyContent;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('selfChecks.meetingOn')}>{c.meetingOn}</Descriptions.Item>
      <Descriptions.Item label={t('selfChecks.attendees')}>{c.attendees.join('、')}</Descriptions.Item>
      {c.summary && <Descriptions.Item label={t('selfChecks.report')}>{c.summary}</Descriptions.Item>}
      <Descriptions.Item label={t('selfChecks.decisions')}>
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {c.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label={t('selfChecks.signatures')}>
        <Flex gap={12} wrap>
          {c.signatures.map((s) => (
            <Flex key={s.fileId} vertical align="center">
              <img src={fileUrl(record.id, s.fileId, 'thumb')} alt={s.name} style={{ height: 48 }} />
              <span>{`${s.role} ${s.name}`}</span>
            </Flex>
          ))}
        </Flex>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** One record: its content as recorded, the corrections appended after its period, the .docx. */
export function SelfCheckPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const { data, error, reload } = useApi((signal) => getSelfCheck(id, signal), [id]);
  const [changed, setChanged] = useState<TSelfCheck | null>(null);
  const [text, setText] = useState('');
  const correcting = useAction();
  const download = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  const record = changed?.id === id ? changed : data;
  const own = can('self-check.record') && me?.operatorId === record.operatorId;

  async function correct() {
    const saved = await correcting.run(() => addCorrection(record.id, text.trim()), t('selfChecks.correctionSaved'));
    if (saved) {
      setChanged(saved);
      setText('');
    }
  }

  return (
    <Card
      size="small"
      title={`${t(`selfChecks.kindTitles.${record.kind}`)} · ${record.kind === 'daily' ? record.period : `${record.period} ~ ${record.periodEnd}`}`}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={download.busy}
          onClick={() => void download.run(() => downloadSelfCheck(record.id))}
          data-testid="record-download"
        >
          {t('selfChecks.download')}
        </Button>
      }
      data-testid="self-check-record"
    >
      <Flex vertical gap={12}>
        <Typography.Text strong>{record.operatorName}</Typography.Text>
        <Typography.Text type="secondary">{t('selfChecks.recordedAt', { name: record.recordedByName, at: formatDateTime(record.recordedAt) })}</Typography.Text>
        {own && record.editable && (
          <Link to={`/self-checks/today?tab=${record.kind}`}>
            <Button size="small">{t('selfChecks.editToday')}</Button>
          </Link>
        )}
        {own && !record.editable && <Alert type="info" showIcon message={t('selfChecks.readOnly')} data-testid="record-read-only" />}
        <Content record={record} />
        <List
          size="small"
          header={<b>{t('selfChecks.corrections')}</b>}
          dataSource={record.correctionList}
          locale={{ emptyText: t('selfChecks.noCorrections') }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={c.text} description={`${c.byName} · ${formatDateTime(c.at)}`} />
            </List.Item>
          )}
          data-testid="corrections"
        />
        {own && !record.editable && (
          <Flex vertical gap={8}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              placeholder={t('selfChecks.correctionText')}
              aria-label={t('selfChecks.correctionText')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <Button type="primary" disabled={text.trim() === ''} loading={correcting.busy} onClick={() => void correct()} data-testid="correction-add">
              {t('selfChecks.addCorrection')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
