import { Button, Card, Col, Flex, Form, Input, Row, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '@shian/shared/audit';
import { formatDateTime } from '../../../components/date-text.ts';
import { text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listAudit } from '../api/audit-api.ts';
import { AuditVerifyButton } from '../components/audit-verify-button.tsx';
import { JsonBlock } from '../components/json-block.tsx';

type TFilters = { entity?: string; entityId?: string };

export function AuditLogPage() {
  const { t } = useTranslation();
  const list = useList({ params: { entity: text(50), entityId: text(64) } }, ({ filters, page, pageSize }, signal) => listAudit({ ...filters, page, pageSize }, signal));

  const columns: TableColumnsType<TAuditEntry> = [
    { key: 'seq', dataIndex: 'seq', title: t('audit.seq'), width: 80 },
    { key: 'at', dataIndex: 'at', title: t('audit.at'), render: (at: string) => formatDateTime(at) },
    {
      key: 'user',
      dataIndex: 'username',
      title: t('audit.user'),
      render: (username: string | null, entry) => username ?? entry.userId ?? t('audit.system'),
    },
    { key: 'action', dataIndex: 'action', title: t('audit.action') },
    { key: 'entity', dataIndex: 'entity', title: t('audit.entity') },
    {
      key: 'entityId',
      dataIndex: 'entityId',
      title: t('audit.entityId'),
      render: (id: string | null) => id ?? t('common.empty'),
    },
  ];

  function onFilter(values: TFilters) {
    list.set({ entity: values.entity?.trim() || undefined, entityId: values.entityId?.trim() || undefined });
  }

  return (
    <Card title={t('audit.title')}>
      <Flex vertical gap={16}>
        <AuditVerifyButton />
        <Form<TFilters> layout="vertical" initialValues={list.filters} onFinish={onFilter}>
          <Row gutter={[8, 0]} align="bottom">
            <Col xs={24} sm={8}>
              <Form.Item name="entity" label={t('audit.entity')}>
                <Input allowClear maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="entityId" label={t('audit.entityId')}>
                <Input allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={6}>
              <Form.Item>
                <Button type="primary" htmlType="submit" block>
                  {t('common.search')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <ListShell
          list={list}
          inlineError
          testId="audit-table"
          columns={columns}
          table={{
            rowKey: 'seq',
            size: 'middle',
            scroll: { x: 'max-content' },
            expandable: {
              expandedRowRender: (entry) => (
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={12}>
                    <JsonBlock title={t('audit.before')} value={entry.before} />
                  </Col>
                  <Col xs={24} lg={12}>
                    <JsonBlock title={t('audit.after')} value={entry.after} />
                  </Col>
                </Row>
              ),
            },
          }}
          pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        />
      </Flex>
    </Card>
  );
}
