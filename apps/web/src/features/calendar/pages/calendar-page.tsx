import { useState } from 'react';
import { Alert, App, Button, Calendar, Card, Col, Flex, InputNumber, Popconfirm, Row, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TCalendarDay } from '@shian/shared/calendar';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { clearCalendarDay, getCalendarYear } from '../api/calendar-api.ts';
import { CalendarDayForm } from '../components/calendar-day-form.tsx';

export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAuth();
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState<TCalendarDay | null | undefined>(undefined);
  const { data, error, reload } = useApi((signal) => getCalendarYear(year, signal), [year]);
  const manage = can('calendar.manage');
  const byDate = new Map((data?.days ?? []).map((d) => [d.date, d]));

  async function clear(day: TCalendarDay) {
    try {
      await clearCalendarDay(day.date);
      message.success(t('calendar.cleared'));
      reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  const cell = (date: Dayjs) => {
    const day = byDate.get(date.format('YYYY-MM-DD'));
    if (!day) return null;
    // A small mark under the date: red for a day off, blue for a make-up working day.
    return (
      <div
        title={`${day.name}（${day.kind === 'holiday' ? t('calendar.holiday') : t('calendar.workday')}）`}
        style={{ height: 4, margin: '0 25%', borderRadius: 2, background: day.kind === 'holiday' ? '#f5222d' : '#1677ff' }}
      />
    );
  };

  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('calendar.title')} data-testid="calendar-page">
      <Flex vertical gap={16}>
        <Flex gap={12} align="center" wrap>
          <span>{t('calendar.year')}</span>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="calendar-year" />
          {data && <Typography.Text strong>{t('calendar.workingDays', { n: data.workingDays })}</Typography.Text>}
          {manage && (
            <Button type="primary" onClick={() => setEditing(null)} data-testid="calendar-add">
              {t('calendar.add')}
            </Button>
          )}
        </Flex>
        {data?.provisional && <Alert type="warning" showIcon message={t('calendar.provisional')} />}
        {!manage && <Alert type="info" showIcon message={t('calendar.readOnly')} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Calendar
              fullscreen={false}
              key={year}
              defaultValue={year === dayjs().year() ? dayjs() : dayjs(`${year}-01-01`)}
              validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
              cellRender={(date, info) => (info.type === 'date' ? cell(date) : null)}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Table<TCalendarDay>
              rowKey="date"
              size="small"
              pagination={{ pageSize: 15 }}
              scroll={{ x: 'max-content' }}
              dataSource={data?.days}
              data-testid="calendar-table"
              columns={[
                { key: 'date', dataIndex: 'date', title: t('calendar.date') },
                {
                  key: 'kind',
                  dataIndex: 'kind',
                  title: t('calendar.kind'),
                  render: (kind: string) => (kind === 'holiday' ? <Tag color="red">{t('calendar.holiday')}</Tag> : <Tag color="blue">{t('calendar.workday')}</Tag>),
                },
                {
                  key: 'name',
                  dataIndex: 'name',
                  title: t('calendar.name'),
                  render: (name: string, day) => (
                    <>
                      {name} {day.provisional && <Tag>{t('calendar.provisionalTag')}</Tag>}
                    </>
                  ),
                },
                ...(manage
                  ? [
                      {
                        key: 'actions',
                        title: '',
                        render: (_: unknown, day: TCalendarDay) => (
                          <Flex gap={4}>
                            <Button size="small" onClick={() => setEditing(day)}>
                              {t('calendar.edit')}
                            </Button>
                            <Popconfirm title={t('calendar.clearConfirm')} onConfirm={() => clear(day)}>
                              <Button size="small" danger>
                                {t('calendar.clear')}
                              </Button>
                            </Popconfirm>
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Col>
        </Row>
      </Flex>
      <CalendarDayForm
        day={editing ?? null}
        year={year}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          message.success(t('calendar.saved'));
          reload();
        }}
      />
    </Card>
  );
}
