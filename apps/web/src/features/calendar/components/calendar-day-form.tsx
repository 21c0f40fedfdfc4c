import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ZCalendarDayInput, type TCalendarDay } from '@shian/shared/calendar';
import { asApiError } from '../../../api/client.ts';
import { showServerFieldErrors, validateWithSchema } from '../../../components/zod-form.ts';
import { useLang } from '../../../lib/i18n.ts';
import { setCalendarDay } from '../api/calendar-api.ts';

type TValues = { date: Dayjs; kind: 'holiday' | 'workday'; name: string };
type TProps = { day: TCalendarDay | null; year: number; open: boolean; onClose: () => void; onSaved: () => void };

export function CalendarDayForm({ day, year, open, onClose, onSaved }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<TValues>();

  async function save() {
    const { date } = await form.validateFields(['date']);
    const values = form.getFieldsValue();
    const parsed = validateWithSchema(form, ZCalendarDayInput, { kind: values.kind, name: values.name ?? '' }, lang);
    if (!parsed.ok) return;
    try {
      await setCalendarDay(date.format('YYYY-MM-DD'), parsed.data);
      onSaved();
    } catch (error) {
      showServerFieldErrors(form, asApiError(error).fields);
    }
  }

  return (
    <Modal
      open={open}
      title={day ? t('calendar.edit') : t('calendar.add')}
      onCancel={onClose}
      onOk={save}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'calendar-save' } as never}
    >
      <Form<TValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={day ? { date: dayjs(day.date), kind: day.kind, name: day.name } : { date: dayjs(`${year}-01-01`), kind: 'holiday', name: '' }}
      >
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true }]}>
          <DatePicker disabled={!!day} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Select
            options={[
              { value: 'holiday', label: t('calendar.holiday') },
              { value: 'workday', label: t('calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')}>
          <Input maxLength={50} data-testid="calendar-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
