import { useEffect, useRef, useState } from 'react';
import { App, Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../../api/client.ts';
import { PhotoInput } from '../../../components/photo-input.tsx';

type TProps = { upload: (file: File) => Promise<{ id: string }>; onChange: (ids: string[]) => void; testId: string };

/**
 * Photos taken for a record not yet sent: each is uploaded at once (the record names them by id) and shown
 * from the phone's own copy, since the server shows a photo only as part of the record it belongs to.
 */
export function NewPhotos({ upload, onChange, testId }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [photos, setPhotos] = useState<{ id: string; url: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const urls = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  async function add(file: File) {
    setBusy(true);
    try {
      const { id } = await upload(file);
      const url = URL.createObjectURL(file);
      urls.current.push(url);
      const next = [...photos, { id, url }];
      setPhotos(next);
      onChange(next.map((p) => p.id));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex gap={8} wrap align="center">
      <PhotoInput label={t('cadreVisits.addPhoto')} loading={busy} onFile={(file) => void add(file)} testId={testId} />
      {photos.map((p) => (
        <Image key={p.id} src={p.url} width={56} height={56} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid={`${testId}-thumb`} />
      ))}
    </Flex>
  );
}
