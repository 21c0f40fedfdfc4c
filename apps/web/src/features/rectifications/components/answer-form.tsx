import { useState } from 'react';
import { App, Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRectification } from '@shian/shared/rectification';
import { asApiError } from '../../../api/client.ts';
import { useAction } from '../../../components/use-action.ts';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { answerRectification, evidenceUrl, uploadEvidence } from '../api/rectifications-api.ts';

/** The business's answer: what it did, with photos as evidence. */
export function AnswerForm({ rectification, onDone }: { rectification: TRectification; onDone: (next: TRectification) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [answer, setAnswer] = useState(rectification.answer ?? '');
  const [photoIds, setPhotoIds] = useState<string[]>(rectification.answerPhotoIds);
  const [uploading, setUploading] = useState(false);
  const { busy: saving, run } = useAction();

  async function addPhoto(file: File) {
    setUploading(true);
    try {
      const { id } = await uploadEvidence(rectification.id, file);
      setPhotoIds((ids) => [...ids, id]);
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setUploading(false);
    }
  }

  async function submit() {
    const next = await run(() => answerRectification(rectification.id, { version: rectification.version, answer, photoIds }), t('rectifications.submitted'));
    if (next) onDone(next);
  }

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        autoSize={{ minRows: 2 }}
        maxLength={2000}
        placeholder={t('rectifications.answerPlaceholder')}
        aria-label={t('rectifications.answer')}
        data-testid="rectification-answer"
      />
      <Flex gap={8} wrap align="center">
        <PhotoInput label={t('rectifications.addPhoto')} loading={uploading} onFile={(f) => void addPhoto(f)} testId="rectification-photo" />
        <PhotoThumbs urls={photoIds.map((id) => ({ id, thumb: evidenceUrl(rectification.id, id, 'thumb'), full: evidenceUrl(rectification.id, id, 'full') }))} />
      </Flex>
      <Button type="primary" disabled={!answer.trim()} loading={saving} onClick={() => void submit()} data-testid="rectification-submit">
        {t('rectifications.submit')}
      </Button>
    </Flex>
  );
}
