import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The temporary password of a reset, shown this once with a copy button. */
export function TemporaryPasswordModal({ password, onClose }: { password: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('users.temporaryTitle')}
      open={password !== null}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          OK
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('users.temporaryHint')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: password ?? '', tooltips: [t('users.copy'), t('users.copied')] }}
        style={{ fontSize: 20, fontFamily: 'monospace' }}
        data-testid="temporary-password"
      >
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
