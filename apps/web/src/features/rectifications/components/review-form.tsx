import { useState } from 'react';
import { Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRectification } from '@shian/shared/rectification';
import { useAction } from '../../../components/use-action.ts';
import { reviewRectification } from '../api/rectifications-api.ts';

export function ReviewForm({ rectification, onDone }: { rectification: TRectification; onDone: (next: TRectification) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { busy: saving, run } = useAction();

  async function review(decision: 'accept' | 'reject') {
    const next = await run(() => reviewRectification(rectification.id, { version: rectification.version, decision, note }), t('rectifications.reviewed'));
    if (next) onDone(next);
  }

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        autoSize={{ minRows: 1 }}
        maxLength={1000}
        placeholder={t('rectifications.notePlaceholder')}
        aria-label={t('rectifications.note')}
      />
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
