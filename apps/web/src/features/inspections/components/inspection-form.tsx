import { useRef, useState } from 'react';
import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TInspection, TInspectionPatch, TItemOutcome } from '@shian/shared/inspection';
import { asApiError } from '../../../api/client.ts';
import type { TInspectionBackend } from './inspection-backend.ts';
import { CloseInspectionDialog } from './close-inspection-dialog.tsx';
import { ItemResultCard } from './item-result-card.tsx';
import { SignaturePad } from '../../../components/signature-pad.tsx';

type TProps = { inspection: TInspection; backend: TInspectionBackend; onChange: (next: TInspection) => void };

function sectionsOf(items: TInspection['items']) {
  const sections = new Map<string, TInspection['items']>();
  for (const item of items) sections.set(item.section, [...(sections.get(item.section) ?? []), item]);
  return [...sections];
}

/** The field form: every change is saved at once, in order, carrying the version it was based on. */
export function InspectionForm({ inspection, backend, onChange }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [closing, setClosing] = useState(false);
  const [locating, setLocating] = useState(false);
  const [signing, setSigning] = useState(false);
  // Changes the signature image's URL after a new signature, so the browser does not show the old one.
  const [signedAt, setSignedAt] = useState(0);
  const latest = useRef(inspection);
  const queue = useRef(Promise.resolve());
  latest.current = inspection;

  function apply(next: TInspection) {
    latest.current = next;
    onChange(next);
  }

  function save(patch: Omit<TInspectionPatch, 'version'>) {
    queue.current = queue.current.then(async () => {
      setSaving(true);
      try {
        apply(await backend.save({ ...patch, version: latest.current.version }));
      } catch (e) {
        const error = asApiError(e);
        if (error.status === 409) {
          apply(await backend.reload());
          message.warning(t('inspections.conflict'));
        } else {
          message.error(error.message);
        }
      } finally {
        setSaving(false);
      }
    });
  }

  function setOutcome(itemId: string, outcome: TItemOutcome, note: string) {
    apply({ ...latest.current, items: latest.current.items.map((i) => (i.id === itemId ? { ...i, outcome } : i)) });
    save({ results: [{ itemId, outcome, note }] });
  }

  async function addPhoto(itemId: string | null, file: File) {
    try {
      const photo = await backend.addPhoto(itemId, file);
      apply({ ...latest.current, photos: [...latest.current.photos, photo] });
      message.success(backend.onDevice ? t('offline.photoKept') : t('inspections.photoAdded'));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  function locate() {
    if (!navigator.geolocation) return message.error(t('inspections.locationFailed', { reason: 'geolocation' }));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        save({ latitude: Number(position.coords.latitude.toFixed(6)), longitude: Number(position.coords.longitude.toFixed(6)) });
      },
      (error) => {
        setLocating(false);
        message.error(t('inspections.locationFailed', { reason: error.message }));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  async function sign(png: Blob) {
    setSigning(true);
    try {
      await backend.sign(png);
      apply({ ...latest.current, hasSignature: true });
      setSignedAt(Date.now());
      message.success(backend.onDevice ? t('offline.signatureKept') : t('inspections.signatureSaved'));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setSigning(false);
    }
  }

  const answered = inspection.items.filter((i) => i.outcome !== null).length;
  const textField = (field: 'summary' | 'locationNote' | 'representativeName', label: string, multi = false) => {
    const props = {
      defaultValue: inspection[field] ?? '',
      'aria-label': label,
      onBlur: (e: { target: { value: string } }) => e.target.value.trim() !== (latest.current[field] ?? '') && save({ [field]: e.target.value.trim() }),
    };
    return (
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        {multi ? <Input.TextArea {...props} autoSize={{ minRows: 2 }} maxLength={4000} /> : <Input {...props} maxLength={300} data-testid={`inspection-${field}`} />}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={12} style={{ paddingBottom: 72 }}>
      {sectionsOf(inspection.items).map(([section, items]) => (
        <Card key={section} size="small" title={section}>
          <Flex vertical gap={12}>
            {items.map((item) => (
              <ItemResultCard
                key={item.id}
                item={item}
                photos={inspection.photos.filter((p) => p.itemId === item.id)}
                photoUrl={backend.photoUrl}
                onOutcome={(outcome) => setOutcome(item.id, outcome, item.note)}
                onNote={(note) => item.outcome && save({ results: [{ itemId: item.id, outcome: item.outcome, note }] })}
                onPhoto={(file) => addPhoto(item.id, file)}
              />
            ))}
          </Flex>
        </Card>
      ))}
      <Card size="small" title={t('inspections.site')}>
        <Flex vertical gap={12}>
          {textField('summary', t('inspections.summary'), true)}
          <Flex gap={8} align="center" wrap>
            <Button icon={<EnvironmentOutlined />} loading={locating} onClick={locate}>
              {locating ? t('inspections.locating') : t('inspections.locate')}
            </Button>
            {inspection.latitude !== null && (
              <Typography.Text type="secondary">
                {inspection.latitude}, {inspection.longitude}
              </Typography.Text>
            )}
          </Flex>
          {textField('locationNote', t('inspections.locationNote'))}
          {textField('representativeName', t('inspections.representative'))}
          <Typography.Text type="secondary">{t('inspections.signature')}</Typography.Text>
          {inspection.hasSignature && <img src={backend.signatureUrl(signedAt)} alt={t('inspections.signed')} style={{ maxWidth: 240, border: '1px solid #eee' }} />}
          <SignaturePad onSave={sign} saving={signing} labels={{ pad: t('inspections.signature'), clear: t('inspections.clear'), save: t('inspections.saveSignature') }} />
        </Flex>
      </Card>
      <Flex justify="space-between" align="center" style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '10px 12px', borderTop: '1px solid #f0f0f0', zIndex: 2 }}>
        <Typography.Text data-testid="inspection-progress">
          {t('inspections.progress', { answered, total: inspection.items.length })} ·{' '}
          {saving ? t('inspections.saving') : backend.onDevice ? t('offline.savedOnDevice') : t('inspections.saved')}
        </Typography.Text>
        <Button type="primary" danger onClick={() => queue.current.then(() => setClosing(true))} data-testid="inspection-close">
          {t('inspections.close')}
        </Button>
      </Flex>
      {closing && (
        <CloseInspectionDialog
          inspection={inspection}
          onSubmit={backend.close}
          open={closing}
          onClose={() => setClosing(false)}
          onClosed={(closed) => {
            setClosing(false);
            apply(closed);
            message.success(backend.onDevice ? t('offline.closedOnDevice') : t('inspections.closed'));
          }}
        />
      )}
    </Flex>
  );
}
