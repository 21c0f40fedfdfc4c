import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPAIR_PLEDGE, type TListEntryDetail } from '@shian/shared/credit';
import { asApiError } from '../../../api/client.ts';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { applyForRepair, evidenceUrl, uploadEvidence } from '../api/credit-api.ts';

/** The business applies for an early exit in its own account: the application, the pledge, photos of the evidence. */
export function RepairApplyCard({ entry, onDone }: { entry: TListEntryDetail; onDone: (next: TListEntryDetail) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [statement, setStatement] = useState('');
  const [pledge, setPledge] = useState(false);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const { busy, run } = useAction();

  async function addPhoto(file: File) {
    setUploading(true);
    try {
      const { id } = await uploadEvidence(entry.id, file);
      setFileIds((ids) => [...ids, id]);
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setUploading(false);
    }
  }

  async function submit() {
    // The server checks the pledge too: an unticked box is sent as is, so its reason is the server's.
    const next = await run(() => applyForRepair(entry.id, { statement, pledge: pledge as true, evidenceFileIds: fileIds }), t('credit.repair.submitted'));
    if (next) onDone(next);
  }

  return (
    <Card title={t('credit.repair.title')} size="small" data-testid="repair-apply">
      {entry.repairBlockers.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={`${t('credit.repair.blocked')}${entry.repairBlockers.join('；')}`} />}
      <Flex vertical gap={8}>
        <Input.TextArea
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          autoSize={{ minRows: 3 }}
          maxLength={4000}
          placeholder={t('credit.repair.statement')}
          aria-label={t('credit.repair.statement')}
          data-testid="repair-statement"
        />
        <Typography.Text type="secondary">{t('credit.repair.evidence')}</Typography.Text>
        <Flex gap={8} wrap align="center">
          <PhotoInput label={t('credit.repair.addEvidence')} loading={uploading} onFile={(f) => void addPhoto(f)} testId="repair-evidence" />
          <PhotoThumbs urls={fileIds.map((id) => ({ id, thumb: evidenceUrl(entry.id, id, 'thumb'), full: evidenceUrl(entry.id, id, 'full') }))} />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {lang === 'en' ? REPAIR_PLEDGE.en : REPAIR_PLEDGE.zh}
        </Typography.Paragraph>
        <Checkbox checked={pledge} onChange={(e) => setPledge(e.target.checked)} data-testid="repair-pledge">
          {t('credit.repair.pledge')}
        </Checkbox>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="repair-submit" block>
          {t('credit.repair.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
