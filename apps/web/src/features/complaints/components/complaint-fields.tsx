import { Form, Input, Radio, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_DESCRIPTION_MAX, COMPLAINT_KIND_NAMES, type TComplaintKind } from '@shian/shared/complaint';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

export type TComplaintFormValues = {
  kind: TComplaintKind;
  anonymous?: boolean;
  complainant?: { name?: string; phone?: string; email?: string; address?: string };
  namedBusiness?: string;
  namedAddress?: string;
  namedUscc?: string;
  description?: string;
};

/** The fields the public form and staff entry share; names follow the shared schema's paths. */
export function ComplaintFields() {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = Form.useWatch<TComplaintKind>('kind');
  const anonymous = Form.useWatch<boolean>('anonymous');
  return (
    <>
      <Form.Item name="kind" label={t('complaints.form.kind')} extra={t(kind === 'report' ? 'complaints.form.reportHelp' : 'complaints.form.complaintHelp')}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="complaint-kind">
          {(['complaint', 'report'] as const).map((k) => (
            <Radio.Button key={k} value={k}>
              {nameIn(COMPLAINT_KIND_NAMES, k, lang)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {kind === 'report' && (
        <Form.Item name="anonymous" label={t('complaints.form.anonymous')} valuePropName="checked">
          <Switch data-testid="complaint-anonymous" />
        </Form.Item>
      )}
      {!(kind === 'report' && anonymous) && (
        <>
          <Form.Item name={['complainant', 'name']} label={t('complaints.form.name')} required>
            <Input maxLength={50} autoComplete="name" data-testid="complaint-name" />
          </Form.Item>
          <Form.Item name={['complainant', 'phone']} label={t('complaints.form.phone')} required>
            <Input inputMode="tel" maxLength={20} autoComplete="tel" data-testid="complaint-phone" />
          </Form.Item>
          <Form.Item name={['complainant', 'address']} label={t('complaints.form.address')} required={kind !== 'report'}>
            <Input maxLength={200} autoComplete="street-address" data-testid="complaint-address" />
          </Form.Item>
          <Form.Item name={['complainant', 'email']} label={t('complaints.form.email')}>
            <Input inputMode="email" maxLength={100} autoComplete="email" />
          </Form.Item>
        </>
      )}
      <Form.Item name="namedBusiness" label={t('complaints.form.business')} required={kind !== 'report'}>
        <Input maxLength={200} data-testid="complaint-business" />
      </Form.Item>
      <Form.Item name="namedAddress" label={t('complaints.form.businessAddress')} required={kind !== 'report'}>
        <Input maxLength={300} data-testid="complaint-business-address" />
      </Form.Item>
      <Form.Item name="namedUscc" label={t('complaints.form.uscc')}>
        <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('complaints.form.description')}
        required
        extra={<Typography.Text type="secondary">{t('complaints.form.descriptionHint')}</Typography.Text>}
      >
        <Input.TextArea rows={5} showCount maxLength={COMPLAINT_DESCRIPTION_MAX} data-testid="complaint-description" />
      </Form.Item>
    </>
  );
}

/** Form values as the shared schema reads them: blanks dropped, no contacts for an anonymous report. */
export function toIntake(values: TComplaintFormValues) {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const anonymous = values.kind === 'report' && Boolean(values.anonymous);
  const c = values.complainant ?? {};
  return {
    kind: values.kind,
    anonymous,
    complainant: anonymous ? undefined : { name: c.name ?? '', phone: c.phone ?? '', email: blank(c.email), address: blank(c.address) },
    namedBusiness: blank(values.namedBusiness),
    namedAddress: blank(values.namedAddress),
    namedUscc: blank(values.namedUscc)?.toUpperCase(),
    description: values.description ?? '',
  };
}
