import { DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NOTICE_LETTER_KINDS, ZNoticeLetterCreate, type TNoticeLetter, type TNoticeLetterKind } from '@shian/shared/notice-letter';
import { searchCadres } from '../../../api/cadre-search.ts';
import { getOperator } from '../../../api/operator-summary.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { SearchPicker } from '../../../components/search-picker.tsx';
import { OperatorPicker } from '../../../components/operator-picker.tsx';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createLetter, listOperatorInterviews } from '../api/notice-letters-api.ts';

/** What a link may fill in: `?create=reminder&operatorId=…&reason=…` (the compliance page), or an inspection's demands. */
export type TLetterPrefill = { kind: TNoticeLetterKind; operatorId?: string; reason?: string; inspectionId?: string; interviewId?: string };

type TValues = {
  kind: TNoticeLetterKind;
  to: 'operator' | 'cadre';
  operatorId?: string;
  cadreId?: string;
  inspectionId?: string;
  interviewId?: string;
  reason: string;
  body?: string;
  answerDueOn?: Dayjs;
};

function CadrePicker({ value, onChange, placeholder }: { value?: string; onChange?: (id: string) => void; placeholder: string }) {
  return (
    <SearchPicker
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      testId="letter-cadre"
      search={async (q, signal) => ((await searchCadres(q, signal)).items ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.workUnit || c.unitName}，${c.post}）` }))}
    />
  );
}

/** The chosen operator's interviews whose notice has been issued: the one the letter cites. */
function InterviewPicker({ operatorId, value, onChange }: { operatorId?: string; value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, loading } = useApi((signal) => (operatorId ? listOperatorInterviews(operatorId, signal) : Promise.resolve(undefined)), [operatorId]);
  const options = (data?.items ?? [])
    .filter((i) => i.operatorId === operatorId && i.status !== 'draft')
    .map((i) => ({ value: i.id, label: `${i.noticeNo ?? ''}（${formatDateTime(i.scheduledAt)}）${i.reason.slice(0, 40)}` }));
  return (
    <Select
      value={value}
      onChange={onChange}
      loading={loading}
      disabled={!operatorId}
      showSearch
      optionFilterProp="label"
      placeholder={operatorId ? t('noticeLetters.pickInterview') : t('noticeLetters.pickOperatorFirst')}
      notFoundContent={loading ? undefined : t('noticeLetters.noInterviews')}
      options={options}
      data-testid="letter-interview"
    />
  );
}

/** The name of an operator a link named, instead of a picker that could not label it. */
function NamedOperator({ id }: { id: string }) {
  const { data } = useApi((signal) => getOperator(id, signal), [id]);
  return <Typography.Text data-testid="letter-operator-name">{data ? `${data.name}（${data.uscc}）` : '…'}</Typography.Text>;
}

/** A new draft: the kind, the addressee (a business, or a cadre's unit for a reminder), the reason, the deadline, the text. */
export function LetterCreateModal({ prefill, onClose, onCreated }: { prefill: TLetterPrefill; onClose: () => void; onCreated: (letter: TNoticeLetter) => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const kind = Form.useWatch('kind', form) ?? prefill.kind;
  const to = Form.useWatch('to', form) ?? 'operator';
  const pickedOperator = Form.useWatch('operatorId', form);
  const mayPickCadre = can('cadre.read') && kind === 'reminder';

  async function save(values: TValues) {
    const toCadre = mayPickCadre && values.to === 'cadre';
    const created = await submit(
      ZNoticeLetterCreate,
      {
        kind: values.kind,
        operatorId: toCadre ? undefined : (prefill.operatorId ?? values.operatorId),
        cadreId: toCadre ? values.cadreId : undefined,
        inspectionId: values.kind === 'rectification' ? values.inspectionId?.trim() || undefined : undefined,
        interviewId: values.kind === 'interview' ? values.interviewId?.trim() || undefined : undefined,
        reason: values.reason,
        body: values.body?.trim() || undefined,
        answerDueOn: values.answerDueOn?.format('YYYY-MM-DD'),
      },
      createLetter,
    );
    if (created) onCreated(created);
  }

  return (
    <Modal
      open
      title={t('noticeLetters.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('noticeLetters.create')}
      okButtonProps={{ loading: saving, ...{ 'data-testid': 'letter-create-submit' } }}
      width={640}
      destroyOnHidden
    >
      <FormProblems problems={problems} />
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        // Another operator: the interview picked for the previous one no longer applies.
        onValuesChange={(changed: Partial<TValues>) => {
          if ('operatorId' in changed) form.setFieldValue('interviewId', undefined);
        }}
        initialValues={{ kind: prefill.kind, to: 'operator', reason: prefill.reason ?? '', inspectionId: prefill.inspectionId, interviewId: prefill.interviewId }}
      >
        <Form.Item name="kind" label={t('noticeLetters.kind')} required>
          <Radio.Group optionType="button" options={NOTICE_LETTER_KINDS.map((k) => ({ value: k, label: t(`noticeLetters.kinds.${k}`) }))} data-testid="letter-kind" />
        </Form.Item>
        {mayPickCadre && (
          <Form.Item name="to" label={t('noticeLetters.addresseeKind')}>
            <Radio.Group
              options={[
                { value: 'operator', label: t('noticeLetters.toOperator') },
                { value: 'cadre', label: t('noticeLetters.toCadre') },
              ]}
            />
          </Form.Item>
        )}
        {mayPickCadre && to === 'cadre' ? (
          <Form.Item name="cadreId" label={t('noticeLetters.cadre')} required>
            <CadrePicker placeholder={t('noticeLetters.pickCadre')} />
          </Form.Item>
        ) : prefill.operatorId ? (
          <Form.Item label={t('noticeLetters.operator')}>
            <NamedOperator id={prefill.operatorId} />
          </Form.Item>
        ) : (
          (kind === 'reminder' || kind === 'interview') && (
            <Form.Item name="operatorId" label={t('noticeLetters.operator')} required>
              <OperatorPicker placeholder={t('noticeLetters.pickOperator')} testId="letter-operator" />
            </Form.Item>
          )
        )}
        {kind === 'rectification' && (
          <Form.Item name="inspectionId" label={t('noticeLetters.inspectionId')} required>
            <Input maxLength={36} />
          </Form.Item>
        )}
        {kind === 'interview' && (
          <Form.Item name="interviewId" label={t('noticeLetters.interviewId')} required>
            <InterviewPicker operatorId={prefill.operatorId ?? pickedOperator} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('noticeLetters.reason')} required>
          <Input.TextArea rows={2} maxLength={500} data-testid="letter-reason" />
        </Form.Item>
        <Form.Item name="answerDueOn" label={t('noticeLetters.answerDueOn')} extra={t('noticeLetters.answerDueOnHint')}>
          <DatePicker data-testid="letter-due" />
        </Form.Item>
        <Form.Item name="body" label={t('noticeLetters.body')} extra={t('noticeLetters.bodyHint')}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
