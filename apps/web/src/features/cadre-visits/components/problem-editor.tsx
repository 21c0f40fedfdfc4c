import { Button, Card, Flex, Input, InputNumber, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROBLEM_WORKING_DAYS, SUPERVISION_POINTS, type TSupervisionPointKey } from '@shian/shared/cadre-visit';
import { useLang } from '../../../lib/i18n.ts';

export type TProblemDraft = { pointKey: TSupervisionPointKey; description: string; workingDays: number };

type TProps = { problems: TProblemDraft[]; onChange: (problems: TProblemDraft[]) => void; suggested: TSupervisionPointKey };

/** The problems found, each handed to the station with its deadline in working days (10 unless changed). */
export function ProblemEditor({ problems, onChange, suggested }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const set = (index: number, patch: Partial<TProblemDraft>) => onChange(problems.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Flex vertical gap={8}>
      {problems.map((p, i) => (
        <Card key={i} size="small" data-testid="visit-problem">
          <Flex vertical gap={8}>
            <Select
              value={p.pointKey}
              aria-label={t('cadreVisits.problemPoint')}
              onChange={(pointKey) => set(i, { pointKey })}
              options={SUPERVISION_POINTS.map((point) => ({ value: point.key, label: lang === 'en' ? point.en : point.zh }))}
            />
            <Input.TextArea
              value={p.description}
              autoSize={{ minRows: 2 }}
              maxLength={1000}
              placeholder={t('cadreVisits.problemDescription')}
              aria-label={t('cadreVisits.problemDescription')}
              onChange={(e) => set(i, { description: e.target.value })}
            />
            <Flex gap={8} align="center" justify="space-between">
              <span>{t('cadreVisits.workingDays')}</span>
              <InputNumber
                min={1}
                max={60}
                value={p.workingDays}
                onChange={(n) => set(i, { workingDays: n ?? DEFAULT_PROBLEM_WORKING_DAYS })}
                aria-label={t('cadreVisits.workingDays')}
              />
              <Button danger icon={<DeleteOutlined />} aria-label={t('cadreVisits.removeProblem')} onClick={() => onChange(problems.filter((_, j) => j !== i))} />
            </Flex>
          </Flex>
        </Card>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...problems, { pointKey: suggested, description: '', workingDays: DEFAULT_PROBLEM_WORKING_DAYS }])}
        data-testid="visit-add-problem"
      >
        {t('cadreVisits.addProblem')}
      </Button>
    </Flex>
  );
}
