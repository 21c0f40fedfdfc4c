import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Progress, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS } from '@shian/shared/exam-question';
import type { TExam } from '@shian/shared/exam';
import { asApiError } from '../../../api/client.ts';
import { saveAnswers, submitExam } from '../api/exams-api.ts';

/** Milliseconds left by the server's clock: the phone's clock is corrected by the gap seen when the exam loaded. */
function useRemaining(exam: TExam) {
  const skew = useRef(new Date(exam.now).getTime() - Date.now());
  const left = () => new Date(exam.dueAt).getTime() - (Date.now() + skew.current);
  const [remaining, setRemaining] = useState(left);
  useEffect(() => {
    const timer = setInterval(() => setRemaining(left()), 1000);
    return () => clearInterval(timer);
  });
  return Math.max(0, remaining);
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The answering screen: one question a screen, a countdown by the server's clock, progress saved when moving on, then submission. */
export function ExamSheet({ exam, onSubmitted }: { exam: TExam; onSubmitted: (result: TExam) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [choices, setChoices] = useState<Record<string, number[]>>(exam.answers);
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const version = useRef(exam.version);
  const dirty = useRef(false);
  const remaining = useRemaining(exam);
  const timeUp = remaining <= 0;
  const question = exam.questions[index];
  const total = exam.questions.length;
  const answered = exam.questions.filter((q) => (choices[q.id] ?? []).length > 0).length;

  async function save() {
    if (!dirty.current || timeUp) return;
    try {
      const saved = await saveAnswers(exam.id, version.current, choices);
      version.current = saved.version;
      dirty.current = false;
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  async function go(next: number) {
    await save();
    setIndex(next);
  }

  function choose(value: number[]) {
    dirty.current = true;
    setChoices((c) => ({ ...c, [question.id]: value }));
  }

  async function submit() {
    setBusy(true);
    try {
      onSubmitted(await submitExam(exam.id, version.current, choices));
    } catch (e) {
      const error = asApiError(e);
      message.error(error.fields[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  }

  function confirmSubmit() {
    const left = total - answered;
    modal.confirm({
      title: t('exams.confirmSubmit'),
      content: left > 0 ? t('exams.unanswered', { n: left }) : undefined,
      okText: t('exams.confirmOk'),
      cancelText: t('exams.cancel'),
      onOk: submit,
    });
  }

  const options = question.options.map((option, i) => ({ value: i, label: `${OPTION_LETTERS[i]}. ${option}` }));
  const value = choices[question.id] ?? [];
  return (
    <Card
      size="small"
      data-testid="exam-sheet"
      title={`${exam.candidateName} · ${t(`exams.audiences.${exam.audience}`)}`}
      extra={
        <Tag color={remaining < 5 * 60_000 ? 'red' : 'blue'} data-testid="exam-countdown">
          {`${t('exams.remaining')} ${clock(remaining)}`}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        <Progress percent={Math.round((answered / total) * 100)} format={() => t('exams.answered', { n: answered, total })} size="small" />
        {timeUp && <Alert type="warning" showIcon message={t('exams.timeUp')} />}
        <Flex gap={8} align="center">
          <Tag>{t(`exams.${question.kind}`)}</Tag>
          <Typography.Text type="secondary" data-testid="exam-question-number">
            {t('exams.question', { n: index + 1, total })}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph strong style={{ fontSize: 16, margin: 0 }} data-testid="exam-stem">
          {question.stem}
        </Typography.Paragraph>
        {question.kind === 'multiple' ? (
          <Checkbox.Group disabled={timeUp} value={value} onChange={(v) => choose([...v].sort())} style={{ width: '100%' }}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {options.map((o) => (
                <Checkbox key={o.value} value={o.value} data-testid="exam-option">
                  {o.label}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        ) : (
          <Radio.Group disabled={timeUp} value={value[0]} onChange={(e) => choose([e.target.value])} style={{ width: '100%' }}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {options.map((o) => (
                <Radio key={o.value} value={o.value} data-testid="exam-option">
                  {o.label}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
        <Flex gap={8} justify="space-between">
          <Button disabled={index === 0 || busy} onClick={() => void go(index - 1)}>
            {t('exams.prev')}
          </Button>
          {index < total - 1 && (
            <Button type="primary" disabled={busy} onClick={() => void go(index + 1)} data-testid="exam-next">
              {t('exams.next')}
            </Button>
          )}
        </Flex>
        <Button type={index === total - 1 || timeUp ? 'primary' : 'default'} danger={timeUp} block loading={busy} onClick={confirmSubmit} data-testid="exam-submit">
          {t('exams.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
