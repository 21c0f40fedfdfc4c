import { Button, Flex, List, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TComplaint } from '@shian/shared/complaint';

type TProps = { complaint: TComplaint; busy: boolean; onPick: (operatorId: string | null) => void };

/** The registry's likeliest operators for what the complainant named; a person picks one, or none. */
export function CandidatePicker({ complaint, busy, onPick }: TProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <List
        size="small"
        dataSource={complaint.matchCandidates}
        locale={{ emptyText: t('complaints.matching.noCandidates') }}
        renderItem={(c) => (
          <List.Item
            key={c.operatorId}
            data-testid="match-candidate"
            actions={[
              <Button key="pick" size="small" type={complaint.operatorId === c.operatorId ? 'primary' : 'default'} loading={busy} onClick={() => onPick(c.operatorId)}>
                {t('complaints.matching.pick')}
              </Button>,
            ]}
          >
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong>{c.name}</Typography.Text>
              <Typography.Text type="secondary" ellipsis>
                {c.address}
              </Typography.Text>
              <Progress percent={Math.round(c.confidence * 100)} size="small" style={{ maxWidth: 220, margin: 0 }} />
            </Flex>
          </List.Item>
        )}
      />
      <div>
        <Button size="small" danger loading={busy} onClick={() => onPick(null)} data-testid="match-none">
          {t('complaints.matching.none')}
        </Button>
      </div>
    </Flex>
  );
}
