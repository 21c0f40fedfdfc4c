import { useState } from 'react';
import { App, Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRectification } from '@shian/shared/rectification';
import { asApiError } from '../../../api/client.ts';
import { reviewRectification } from '../api/rectifications-api.ts';

export function ReviewForm({ rectification, onDone }: { rectification: TRectification; onDone: (next: TRectification) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);

  async function review(decision: 'accept' | 'reject') {
    setSaving(true);
    try {
      onDone(await reviewRectification(rectification.id, { version: rectification.version, decision, note }));
      message.success(t('rectifications.reviewed'));
    } catch (e) {
      const error = asApiError(e);
      message.error(error.fields[0]?.message ?? error.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 1 }} maxLength={1000} placeholder={t('rectifications.notePlaceholder')} aria-label={t('rectifications.note')} />
      <Flex gap={8} justify="flex-end">
        <Button danger loading={saving} onClick={() => void review('reject')} data-testid="rectification-reject">
          {t('rectifications.reject')}
        </Button>
        <Button type="primary" loading={saving} onClick={() => void review('accept')} data-testid="rectification-accept">
          {t('rectifications.accept')}
        </Button>
      </Flex>
    </Flex>
  );
}
