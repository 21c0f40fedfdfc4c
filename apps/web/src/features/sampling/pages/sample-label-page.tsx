import { Button, Card, Flex } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { labelUrl } from '../api/sampling-api.ts';

/** The label at its printed size (60 × 40 mm); the print style hides everything else. */
export function SampleLabelPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Card
      title={t('sampling.labelTitle')}
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('sampling.print')}
        </Button>
      }
    >
      <style>{'@media print { body * { visibility: hidden; } .sample-label, .sample-label * { visibility: visible; } .sample-label { position: fixed; left: 0; top: 0; } }'}</style>
      <Flex justify="center">
        <img className="sample-label" src={labelUrl(id)} alt={t('sampling.labelTitle')} style={{ width: '60mm', height: '40mm' }} data-testid="sample-label" />
      </Flex>
    </Card>
  );
}
