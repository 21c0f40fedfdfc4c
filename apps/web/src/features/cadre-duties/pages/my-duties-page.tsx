import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, List, Progress, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, ClockCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { TDuty, TDutyTask } from '@shian/shared/cadre-duty';
import { SUPERVISION_POINTS } from '@shian/shared/cadre-visit';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { chinaToday } from '@shian/shared/working-days';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { SignaturePad } from '../../../components/signature-pad.tsx';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { downloadPledge, getMyDuty, signPledge } from '../api/cadre-duties-api.ts';

function TaskRow({ task }: { task: TDutyTask }) {
  const { t } = useTranslation();
  return (
    <List.Item extra={task.kind === 'standing' ? null : <Tag color={task.complete ? 'green' : 'orange'}>{`${task.done}/${task.required}`}</Tag>}>
      <List.Item.Meta
        avatar={task.kind === 'standing' ? null : task.complete ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ClockCircleOutlined style={{ color: '#fa8c16' }} />}
        title={<Typography.Text style={{ fontWeight: 'normal' }}>{task.title}</Typography.Text>}
        description={task.from && task.to ? t('cadreDuties.window', { from: task.from, to: task.to }) : null}
      />
    </List.Item>
  );
}

function Tasks({ duty }: { duty: TDuty }) {
  const { t } = useTranslation();
  const percent = duty.progress.tasks === 0 ? 0 : Math.round((duty.progress.complete / duty.progress.tasks) * 100);
  const standing = duty.tasks.filter((task) => task.kind === 'standing');
  const campaigns = duty.tasks.filter((task) => task.kind === 'campaign');
  const quarters = [1, 2, 3, 4].map((q) => ({ q, tasks: duty.tasks.filter((task) => task.kind === 'visit' && task.quarter === q) }));
  return (
    <Flex vertical gap={12}>
      <div data-testid="duty-progress">
        <Typography.Text>{t('cadreDuties.progress', { complete: duty.progress.complete, tasks: duty.progress.tasks })}</Typography.Text>
        <Progress percent={percent} />
      </div>
      <List size="small" header={<b>{t('cadreDuties.standing')}</b>} dataSource={standing} renderItem={(task) => <TaskRow task={task} />} />
      {campaigns.length > 0 && <List size="small" header={<b>{t('cadreDuties.campaigns')}</b>} dataSource={campaigns} renderItem={(task) => <TaskRow task={task} />} />}
      {quarters.map(({ q, tasks }) => (
        <List
          key={q}
          size="small"
          header={<b>{t('cadreDuties.quarterVisits', { q, complete: tasks.filter((x) => x.complete).length, total: tasks.length })}</b>}
          dataSource={tasks}
          locale={{ emptyText: t('cadreDuties.noSubjects') }}
          renderItem={(task) => <TaskRow task={task} />}
        />
      ))}
    </Flex>
  );
}

function Pledge({ duty, onSigned }: { duty: TDuty; onSigned: (d: TDuty) => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const download = useAction();
  async function sign(png: Blob) {
    const signed = await run(() => signPledge(duty.id, duty.version, png), t('cadreDuties.signedMessage'));
    if (signed) onSigned(signed);
  }
  return (
    <Flex vertical gap={12} data-testid="pledge">
      <Typography.Title level={5} style={{ textAlign: 'center', margin: 0 }}>
        {duty.pledgeTitle}
      </Typography.Title>
      {duty.pledge.map((line, i) => (
        <Typography.Paragraph key={i} style={{ textIndent: i === 0 ? 0 : '2em', margin: 0 }}>
          {line}
        </Typography.Paragraph>
      ))}
      <Typography.Text>{t('cadreDuties.pledgor', { name: duty.cadreName, post: duty.post })}</Typography.Text>
      {duty.signedAt ? (
        <Alert type="success" showIcon message={t('cadreDuties.signedAt', { at: formatDateTime(duty.signedAt) })} data-testid="pledge-signed" />
      ) : (
        <>
          <Typography.Text type="secondary">{t('cadreDuties.drawSignature', { due: duty.pledgeDueOn })}</Typography.Text>
          <SignaturePad onSave={sign} saving={busy} labels={{ pad: t('cadreDuties.signaturePad'), clear: t('cadreDuties.clear'), save: t('cadreDuties.sign') }} />
        </>
      )}
      <Button icon={<DownloadOutlined />} loading={download.busy} onClick={() => void download.run(() => downloadPledge(duty.id))} data-testid="pledge-download">
        {t('cadreDuties.downloadPledge')}
      </Button>
    </Flex>
  );
}

/** 我的三张清单: the cadre's responsibility list, task list with progress, supervision checklist and the pledge to sign, on a phone. */
export function MyDutiesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useSearchParams();
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = Number(search.get('year')) || thisYear;
  const [signed, setSigned] = useState<TDuty | null>(null);
  const { data, error, reload } = useApi((signal) => getMyDuty(year, signal), [year]);
  const duty = signed?.year === year ? signed : data;
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const yearSelect = (
    <Select
      size="small"
      aria-label={t('cadreDuties.year')}
      value={year}
      onChange={(y) => setSearch({ year: String(y) })}
      options={years.map((y) => ({ value: y, label: String(y) }))}
    />
  );
  if (error?.status === 404) {
    return (
      <Card size="small" title={t('cadreDuties.myTitle')} extra={yearSelect}>
        <Empty description={t('cadreDuties.notGenerated', { year })} />
      </Card>
    );
  }
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!duty) return <Spin />;
  return (
    <Card size="small" title={t('cadreDuties.myTitle')} extra={yearSelect} data-testid="my-duties">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{`${duty.cadreName} · ${nameIn(CADRE_LEVEL_NAMES, duty.level, lang)} · ${duty.unitName}`}</Typography.Text>
        {!duty.signedAt && <Alert type="warning" showIcon message={t('cadreDuties.pledgeDue', { due: duty.pledgeDueOn })} />}
        <Tabs
          defaultActiveKey={search.get('tab') ?? (duty.signedAt ? 'tasks' : 'pledge')}
          items={[
            {
              key: 'responsibility',
              label: t('cadreDuties.responsibility'),
              children: (
                <Flex vertical gap={12}>
                  <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                    {duty.responsibilities.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ol>
                  <List
                    size="small"
                    header={<b>{t('cadreDuties.subjects', { n: duty.subjectList.length })}</b>}
                    dataSource={duty.subjectList}
                    locale={{ emptyText: t('cadreDuties.noSubjects') }}
                    renderItem={(s) => <List.Item extra={s.riskGrade && <Tag color={s.riskGrade === 'D' ? 'red' : undefined}>{s.riskGrade}</Tag>}>{s.operatorName}</List.Item>}
                  />
                  <Typography.Text type="secondary">{t('cadreDuties.templateVersion', { n: duty.templateVersions.responsibility })}</Typography.Text>
                </Flex>
              ),
            },
            { key: 'tasks', label: t('cadreDuties.task'), children: <Tasks duty={duty} /> },
            {
              key: 'checklist',
              label: t('cadreDuties.checklist'),
              children: (
                <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                  {SUPERVISION_POINTS.map((p) => (
                    <li key={p.key}>{lang === 'en' ? p.en : p.zh}</li>
                  ))}
                </ol>
              ),
            },
            { key: 'pledge', label: t('cadreDuties.pledge'), children: <Pledge duty={duty} onSigned={setSigned} /> },
          ]}
        />
      </Flex>
    </Card>
  );
}
