import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TAssignmentSet, TCadre, TCadreLevel, TOperatorCadre } from '@shian/shared/cadre';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { asApiError } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { getOperatorCadre, listUnitCadres, setOperatorCadre } from '../api/operator-cadre.ts';
import { useLang } from '../lib/i18n.ts';
import { nameIn } from '../lib/dictionary-names.ts';
import { formatDateTime } from './date-text.ts';

type TProps = { operatorId: string; unitCode: string; manage: boolean };

/** The subject's assigned cadre (包保干部) on the operator page; the food-safety office assigns or replaces it. */
export function OperatorCadreCard({ operatorId, unitCode, manage }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const { data, error, reload, setData } = useApi<TOperatorCadre>((signal) => getOperatorCadre(operatorId, signal), [operatorId]);
  const [picking, setPicking] = useState(false);
  if (error) return null;
  const cadre = data?.cadre ?? null;
  const level = (l: TCadreLevel) => nameIn(CADRE_LEVEL_NAMES, l, lang);

  // expectedCadreId is the cadre shown here: if someone changed it meanwhile the server answers 409 and the card reloads.
  async function change(body: TAssignmentSet) {
    try {
      setData(await setOperatorCadre(operatorId, { ...body, expectedCadreId: cadre?.id ?? null }));
      setPicking(false);
      message.success(t('cadres.assignmentSaved'));
    } catch (e) {
      const err = asApiError(e);
      message.error(err.message);
      if (err.code === 'VERSION_CONFLICT') {
        setPicking(false);
        reload();
      }
    }
  }

  const actions = manage && data && (
    <Space wrap>
      <Button size="small" icon={<SwapOutlined />} onClick={() => setPicking(true)} data-testid="operator-cadre-reassign">
        {t(cadre ? 'cadres.reassign' : 'cadres.assign')}
      </Button>
      {cadre && (
        <Popconfirm title={t('cadres.endConfirm', { name: cadre.name })} okButtonProps={{ danger: true }} onConfirm={() => change({ cadreId: null })}>
          <Button size="small" danger>
            {t('cadres.endAssignment')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card title={t('cadres.card')} extra={actions} loading={!data} data-testid="operator-cadre-card">
      {data && !cadre && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadres.noCadre')} />}
      {data && cadre && (
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('cadres.name')}>
            <Link to={`/cadres/${cadre.id}`} data-testid="operator-cadre-name">
              {cadre.name}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('cadres.level')}>{level(cadre.level)}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.post')}>{`${cadre.workUnit} ${cadre.post}`}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.phone')}>{cadre.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.since')}>{data.since ? formatDateTime(data.since) : '—'}</Descriptions.Item>
        </Descriptions>
      )}
      {data && cadre?.level !== data.requiredLevel && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('cadres.requiredLevel', { level: level(data.requiredLevel) })} data-testid="operator-cadre-level" />
      )}
      {picking && data && <PickCadreModal unitCode={unitCode} current={data} onCancel={() => setPicking(false)} onPick={(cadreId, reason) => change({ cadreId, reason })} />}
    </Card>
  );
}

type TPickProps = { unitCode: string; current: TOperatorCadre; onCancel: () => void; onPick: (cadreId: string, reason?: string) => Promise<void> };

/** The unit's active cadres, those of the level the rule wants first; the load is shown so the office spreads the work. */
function PickCadreModal({ unitCode, current, onCancel, onPick }: TPickProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data } = useApi((signal) => listUnitCadres(unitCode, signal), [unitCode]);
  const [cadreId, setCadreId] = useState<string>();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const rank = (c: TCadre) => (c.level === current.requiredLevel ? 0 : 1);
  const options = (data?.items ?? [])
    .filter((c) => c.id !== current.cadre?.id)
    .sort((a, b) => rank(a) - rank(b) || a.subjects - b.subjects)
    .map((c) => ({
      value: c.id,
      label: `${c.name}（${nameIn(CADRE_LEVEL_NAMES, c.level, lang)} · ${t('cadres.load', { count: c.subjects })}）${c.post}`,
    }));
  async function ok() {
    if (!cadreId) return;
    setSaving(true);
    await onPick(cadreId, reason.trim() || undefined);
    setSaving(false);
  }
  return (
    <Modal
      open
      title={t('cadres.reassignTitle')}
      onCancel={onCancel}
      onOk={() => void ok()}
      okButtonProps={{ disabled: !cadreId, loading: saving, ...{ 'data-testid': 'operator-cadre-save' } }}
      destroyOnHidden
    >
      <Flex vertical gap={8}>
        <Alert type="info" showIcon message={t('cadres.requiredLevel', { level: nameIn(CADRE_LEVEL_NAMES, current.requiredLevel, lang) })} />
        <Form layout="vertical">
          <Form.Item label={t('cadres.pickCadre')} required>
            <Select
              showSearch
              optionFilterProp="label"
              loading={!data}
              value={cadreId}
              onChange={setCadreId}
              options={options}
              data-testid="operator-cadre-pick"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label={t('cadres.changeReason')}>
            <Input maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
        {current.cadre && <Tag>{t('cadres.replacing', { name: current.cadre.name })}</Tag>}
      </Flex>
    </Modal>
  );
}
