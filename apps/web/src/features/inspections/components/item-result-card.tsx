import { useState } from 'react';
import { Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInspectionItem, TInspectionPhoto, TItemOutcome } from '@shian/shared/inspection';
import { ITEM_OUTCOMES } from '@shian/shared/inspection';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';

type TProps = {
  item: TInspectionItem;
  photos: TInspectionPhoto[];
  photoUrl: (photoId: string, size: 'thumb' | 'full') => string;
  onOutcome: (outcome: TItemOutcome) => void;
  onNote: (note: string) => void;
  onPhoto: (file: File) => Promise<void>;
};

const COLORS: Record<TItemOutcome, string> = { conforming: '#389e0d', nonconforming: '#cf1322', not_applicable: '#8c8c8c' };

export function ItemResultCard({ item, photos, photoUrl, onOutcome, onNote, onPhoto }: TProps) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const border = item.outcome ? COLORS[item.outcome] : '#d9d9d9';
  return (
    <Flex vertical gap={8} data-testid="inspection-item" data-key={item.key ? 'true' : 'false'} style={{ borderLeft: `4px solid ${border}`, padding: '8px 0 8px 10px' }}>
      <Typography.Text>
        {item.position}. {item.key && <Tag color="red">{t('inspections.key')}</Tag>}
        {item.content}
      </Typography.Text>
      {item.basisLaw && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspections.basis')}：{item.basisLaw} {item.basisArticle}
        </Typography.Text>
      )}
      <Segmented<TItemOutcome>
        block
        // null, not undefined: an undefined value makes Segmented select its first option
        // silently, and a click on "符合" would then change nothing.
        value={item.outcome ?? (null as unknown as TItemOutcome)}
        options={ITEM_OUTCOMES.map((o) => ({ value: o, label: t(`inspections.outcomes.${o}`) }))}
        onChange={onOutcome}
      />
      {item.outcome === 'nonconforming' || item.note ? (
        <Input.TextArea
          defaultValue={item.note}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          placeholder={t('inspections.notePlaceholder')}
          aria-label={t('inspections.note')}
          onBlur={(e) => e.target.value.trim() !== item.note && onNote(e.target.value.trim())}
        />
      ) : null}
      <Flex gap={8} align="center" wrap>
        <PhotoInput
          label={t('inspections.addPhoto')}
          loading={uploading}
          onFile={(file) => {
            setUploading(true);
            void onPhoto(file).finally(() => setUploading(false));
          }}
        />
        <PhotoThumbs urls={photos.map((p) => ({ id: p.id, thumb: photoUrl(p.id, 'thumb'), full: photoUrl(p.id, 'full') }))} />
      </Flex>
    </Flex>
  );
}
