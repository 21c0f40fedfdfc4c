import { Alert, Button, Card, Form, InputNumber, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TExamSettings, TExamSettingsUpdate } from '@shian/shared/exam';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { getExamSettings, updateExamSettings } from '../api/exams-api.ts';

const FIELDS: [keyof Omit<TExamSettings, 'version'>, number, number][] = [
  ['questionCount', 30, 100],
  ['passPercent', 50, 100],
  ['timeLimitMinutes', 5, 240],
  ['spotQuestionCount', 5, 100],
  ['spotTimeLimitMinutes', 5, 240],
  ['retakeDays', 1, 180],
];

/** 考试设置: the department sets question counts, the pass mark, time limits and the retake period. */
export function ExamSettingsPage() {
  const { t } = useTranslation();
  const { data, error, reload, setData } = useApi((signal) => getExamSettings(signal), []);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  async function save(values: Omit<TExamSettingsUpdate, 'version'>) {
    const saved = await run(() => updateExamSettings({ ...values, version: data!.version }), t('exams.settingsSaved'));
    if (saved) setData(saved);
  }
  return (
    <Card size="small" title={t('exams.settingsTitle')} style={{ maxWidth: 560 }} data-testid="exam-settings">
      <Alert type="info" message={t('exams.settingsHint')} style={{ marginBottom: 12 }} />
      <Form layout="vertical" initialValues={data} key={data.version} onFinish={save}>
        {FIELDS.map(([name, min, max]) => (
          <Form.Item key={name} name={name} label={t(`exams.fields.${name}`)} rules={[{ required: true }]}>
            <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('exams.save')}
        </Button>
      </Form>
    </Card>
  );
}
