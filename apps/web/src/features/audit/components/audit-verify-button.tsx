import { useState } from 'react';
import { Alert, App, Button, Flex } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../../api/client.ts';
import type { TAuditVerify } from '@shian/shared/audit';
import { verifyAudit } from '../api/audit-api.ts';

export function AuditVerifyButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [result, setResult] = useState<TAuditVerify>();
  const [checking, setChecking] = useState(false);

  async function onVerify() {
    setChecking(true);
    try {
      setResult(await verifyAudit());
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setChecking(false);
    }
  }

  return (
    <Flex vertical gap={8} align="flex-start" style={{ width: '100%' }}>
      <Button icon={<SafetyOutlined />} loading={checking} onClick={() => void onVerify()} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      {result && (
        <Alert
          style={{ width: '100%' }}
          type={result.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setResult(undefined)}
          message={result.brokenAtSeq === null ? t('audit.verifyOk', { checked: result.checked }) : t('audit.verifyBroken', { seq: result.brokenAtSeq, checked: result.checked })}
          description={t(`audit.anchor.${result.anchor.state}`, result.anchor)}
          data-testid="audit-verify-result"
        />
      )}
    </Flex>
  );
}
