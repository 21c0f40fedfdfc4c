import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { COMPLAINT_KIND_NAMES, ZComplaintPublicCreate, type TComplaintReceipt } from '@shian/shared/complaint';
import { PublicPage } from '../../../components/public-page.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { getTicket, submitPublicComplaint } from '../api/complaints-api.ts';
import { ComplaintFields, toIntake, type TComplaintFormValues } from '../components/complaint-fields.tsx';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { solveProof } from '../components/proof.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

/** The public complaint and report form: no sign-in; a proof of work per submission; answers a registration number. */
export function PublicComplaintPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<TComplaintFormValues>();
  const { submit, problems, saving } = useSchemaSubmit(form, { toastFieldReason: true });
  const [proving, setProving] = useState(false);
  const [receipt, setReceipt] = useState<TComplaintReceipt & { kind: string }>();

  async function onFinish(values: TComplaintFormValues) {
    const intake = toIntake(values);
    // The form is checked first with a placeholder proof; the real one is worked out only for a valid form.
    const sent = await submit(ZComplaintPublicCreate, { ...intake, proof: { ticket: 'pending', counter: 0 } }, async (data) => {
      setProving(true);
      try {
        const ticket = await getTicket();
        const counter = await solveProof(ticket.ticket, ticket.bits);
        return await submitPublicComplaint({ ...data, proof: { ticket: ticket.ticket, counter } });
      } finally {
        setProving(false);
      }
    });
    if (sent) setReceipt({ ...sent, kind: nameIn(COMPLAINT_KIND_NAMES, values.kind, lang) });
  }

  return (
    <PublicPage title={t('complaints.publicTitle')} maxWidth={720}>
      {receipt ? (
        <Card>
          <Result
            status="success"
            title={t('complaints.submitted', { kind: receipt.kind })}
            subTitle={
              <Flex vertical gap={4}>
                <Typography.Text strong copyable={{ text: receipt.registrationNo }} data-testid="complaint-registration-no">
                  {t('complaints.submittedNo', { no: receipt.registrationNo })}
                </Typography.Text>
                {receipt.acceptDueOn && <Typography.Text>{t('complaints.acceptBy', { date: receipt.acceptDueOn })}</Typography.Text>}
              </Flex>
            }
            extra={[
              <Link key="status" to={`/p/complaints/${receipt.registrationNo}`}>
                <Button type="primary">{t('complaints.viewStatus')}</Button>
              </Link>,
              <Button
                key="again"
                onClick={() => {
                  form.resetFields();
                  setReceipt(undefined);
                }}
              >
                {t('complaints.newOne')}
              </Button>,
            ]}
          />
        </Card>
      ) : (
        <Card>
          <Typography.Paragraph>{t('complaints.publicIntro')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('complaints.privacyNote')}</Typography.Paragraph>
          <Form<TComplaintFormValues> form={form} layout="vertical" initialValues={{ kind: 'complaint', anonymous: false }} onFinish={(v) => void onFinish(v)}>
            <ComplaintFields />
            <FormProblems problems={problems} />
            <Button type="primary" htmlType="submit" block loading={saving || proving} data-testid="complaint-submit">
              {proving ? t('complaints.proofWorking') : t('complaints.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <StatusLookup />
    </PublicPage>
  );
}

export function StatusLookup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" title={t('complaints.lookupTitle')} id="status-lookup">
      <Input.Search
        enterButton={t('complaints.lookup')}
        placeholder={t('complaints.lookupPlaceholder')}
        maxLength={40}
        onSearch={(value) => value.trim() && navigate(`/p/complaints/${encodeURIComponent(value.trim())}`)}
      />
    </Card>
  );
}
