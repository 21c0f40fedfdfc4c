import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TTestItem } from '@shian/shared/sampling';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { getSample, listInstitutions, samplePhotoUrl, uploadSamplePhoto } from '../api/sampling-api.ts';
import { ReportForm } from '../components/report-form.tsx';
import { SampleVerdictTag } from '../components/sample-verdict-tag.tsx';
import { lookupCitedStandards } from '../../../api/cited-standards.ts';
import { CitedStandard } from '../../../components/cited-standard.tsx';

export function SamplePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const { data: sample, error, reload, setData } = useApi((signal) => getSample(id, signal), [id]);
  const institutions = useApi((signal) => (can('sampling.manage') ? listInstitutions(signal) : Promise.resolve([])), []);
  // The status today of the standards the report cites: a superseded GB number is worth a second look.
  const citedTexts = (sample?.report?.items ?? []).flatMap((i) => (i.standard ? [i.standard] : []));
  const cited = useApi((signal) => lookupCitedStandards(citedTexts, signal), [citedTexts.join('\n')]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!sample) return <Card loading />;
  const manage = can('sampling.manage');

  async function addPhoto(file: File) {
    setUploading(true);
    try {
      await uploadSamplePhoto(id, file);
      message.success(t('sampling.photoAdded'));
      reload();
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setUploading(false);
    }
  }

  const fail = (item: TTestItem) => item.verdict === 'nonconforming';
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <span data-testid="sample-no">{sample.sampleNo}</span>
            <SampleVerdictTag status={sample.status} verdict={sample.verdict} />
            {sample.published && <Tag color="blue">{t('sampling.published')}</Tag>}
          </Space>
        }
        extra={<Link to={`/samples/${sample.id}/label`}>{t('sampling.printLabel')}</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('sampling.productName')}>{sample.productName}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.brand')}>{sample.brand}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.specification')}>{sample.specification}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.batchNo')}>{sample.batchNo}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.productionDate')}>{sample.productionDate}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.shelfLife')}>{sample.shelfLife}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.manufacturer')}>
            {sample.manufacturerName} {sample.manufacturerAddress}
          </Descriptions.Item>
          <Descriptions.Item label={t('sampling.operator')}>{sample.operatorName}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.plan')}>{sample.planName}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.foodCategory')}>{sample.foodCategory}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.sampleQuantity')}>{sample.quantity}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.sampledOn')}>{sample.sampledOn}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.samplerName')}>{sample.samplerName}</Descriptions.Item>
        </Descriptions>
        <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('sampling.photos')}</Typography.Text>
          <PhotoThumbs urls={sample.photoFileIds.map((f) => ({ id: f, thumb: samplePhotoUrl(sample.id, f, 'thumb'), full: samplePhotoUrl(sample.id, f, 'full') }))} />
          {manage && <PhotoInput label={t('sampling.addPhoto')} loading={uploading} onFile={addPhoto} testId="sample-photo" />}
        </Flex>
      </Card>
      <Card
        title={t('sampling.report')}
        extra={
          manage &&
          !editing && (
            <Button onClick={() => setEditing(true)} data-testid="enter-report">
              {sample.report ? t('sampling.replaceReport') : t('sampling.enterReport')}
            </Button>
          )
        }
      >
        {editing ? (
          <ReportForm
            sample={sample}
            institutions={institutions.data ?? []}
            onSaved={(saved) => {
              setData(saved);
              setEditing(false);
            }}
          />
        ) : sample.report ? (
          <>
            <Descriptions size="small">
              <Descriptions.Item label={t('sampling.reportNo')}>{sample.report.reportNo}</Descriptions.Item>
              <Descriptions.Item label={t('sampling.issuedOn')}>{sample.report.issuedOn}</Descriptions.Item>
            </Descriptions>
            <Table<TTestItem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={sample.report.items}
              scroll={{ x: true }}
              columns={[
                { title: t('sampling.itemName'), dataIndex: 'name' },
                { title: t('sampling.value'), key: 'value', render: (_, i) => `${i.value}${i.unit ? ` ${i.unit}` : ''}` },
                { title: t('sampling.limitText'), dataIndex: 'limitText' },
                { title: t('sampling.standard'), key: 'standard', render: (_, i) => i.standard && <CitedStandard text={i.standard} found={cited.data?.get(i.standard)} /> },
                { title: t('sampling.itemVerdict'), key: 'verdict', render: (_, i) => <Tag color={fail(i) ? 'red' : 'green'}>{t(`sampling.verdicts.${i.verdict}`)}</Tag> },
              ]}
            />
          </>
        ) : (
          <Typography.Text type="secondary">{t('sampling.noReport')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}
