import { Flex, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POINT_OUTCOMES, type TPointOutcome } from '@shian/shared/cadre-visit';

const COLORS: Record<TPointOutcome, string> = { conforming: '#389e0d', nonconforming: '#cf1322', not_applicable: '#8c8c8c' };

type TProps = {
  index: number;
  label: string;
  outcome: TPointOutcome | undefined;
  note: string;
  onOutcome: (outcome: TPointOutcome) => void;
  onNote: (note: string) => void;
};

/** One supervision point with its three answers as large buttons, thumb-sized on a phone. */
export function PointCard({ index, label, outcome, note, onOutcome, onNote }: TProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="visit-point" style={{ borderLeft: `4px solid ${outcome ? COLORS[outcome] : '#d9d9d9'}`, padding: '8px 0 8px 10px' }}>
      <Typography.Text>
        {index}. {label}
      </Typography.Text>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="large"
        value={outcome}
        onChange={(e) => onOutcome(e.target.value)}
        style={{ display: 'flex' }}
        options={POINT_OUTCOMES.map((o) => ({ value: o, label: t(`cadreVisits.outcomes.${o}`), style: { flex: 1, textAlign: 'center' } }))}
      />
      {(outcome === 'nonconforming' || note) && (
        <Input.TextArea
          value={note}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          placeholder={t('cadreVisits.notePlaceholder')}
          aria-label={t('cadreVisits.note')}
          onChange={(e) => onNote(e.target.value)}
        />
      )}
    </Flex>
  );
}
