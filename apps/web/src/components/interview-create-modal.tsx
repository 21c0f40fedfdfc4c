import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INTERVIEW_LEGAL_BASIS, ZInterviewCreate, type TInterviewDetail } from '@shian/shared/interview';
import { useSchemaSubmit } from '../lib/use-schema-submit.ts';
import { createInterview } from '../api/interview-create.ts';
import { OperatorPicker } from './operator-picker.tsx';
import { FormProblems } from './form-problems.tsx';

type TValues = {
  operatorId?: string;
  reason: string;
  scheduledAt?: Dayjs;
  place: string;
  legalBasis: string;
  attendees: string;
  contactName: string;
  contactPhone: string;
  complaintsPeriod?: [Dayjs, Dayjs];
};

/**
 * A new interview (draft) for an operator: opened from the hotspot page with the business and the period
 * filled in, or from the interview list with an operator to pick.
 */
export function InterviewCreateModal(props: {
  operator?: { id: string; name: string };
  period: { from: string; to: string };
  onClose: () => void;
  onCreated: (created: TInterviewDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);

  async function save(values: TValues) {
    const [from, to] = values.complaintsPeriod ?? [];
    const created = await submit(
      ZInterviewCreate,
      {
        operatorId: props.operator?.id ?? values.operatorId,
        reason: values.reason,
        scheduledAt: values.scheduledAt?.toISOString(),
        place: values.place,
        legalBasis: values.legalBasis,
        attendees: values.attendees,
        contactName: values.contactName,
        contactPhone: values.contactPhone,
        complaintsFrom: from?.format('YYYY-MM-DD'),
        complaintsTo: to?.format('YYYY-MM-DD'),
      },
      createInterview,
    );
    if (created) props.onCreated(created);
  }

  return (
    <Modal
      open
      title={props.operator ? t('interviews.createTitle', { name: props.operator.name }) : t('interviews.createFor')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('interviews.create')}
      okButtonProps={{ loading: saving, ...{ 'data-testid': 'interview-create-submit' } }}
      width={640}
      destroyOnHidden
    >
      <FormProblems problems={problems} />
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        initialValues={{
          reason: t('interviews.defaultReason'),
          legalBasis: DEFAULT_INTERVIEW_LEGAL_BASIS,
          attendees: t('interviews.defaultAttendees'),
          scheduledAt: dayjs().add(7, 'day').hour(9).minute(30).second(0).millisecond(0),
          complaintsPeriod: [dayjs(props.period.from), dayjs(props.period.to)],
        }}
      >
        {!props.operator && (
          <Form.Item name="operatorId" label={t('interviews.operator')} required>
            <OperatorPicker placeholder={t('interviews.pickOperator')} />
          </Form.Item>
        )}
        <Form.Item name="complaintsPeriod" label={t('interviews.complaintsPeriod')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('interviews.reason')} required>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="scheduledAt" label={t('interviews.scheduledAt')} required>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('interviews.place')} required>
          <Input maxLength={200} data-testid="interview-place" />
        </Form.Item>
        <Form.Item name="attendees" label={t('interviews.attendees')} required>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('interviews.legalBasis')} required>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="contactName" label={t('interviews.contactName')} required>
          <Input maxLength={50} data-testid="interview-contact-name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('interviews.contactPhone')} required>
          <Input maxLength={20} data-testid="interview-contact-phone" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
