import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { chineseNumber, fineRange, PENALTY_KINDS, PENALTY_RULES, type TPenaltyKind } from '@shian/shared/enforcement-case';

/** The rule key of a form: "124-1" for 第一百二十四条第一款 of the food safety law. */
export const ruleKey = (article: number, paragraph: number) => `${article}-${paragraph}`;
export const ruleOf = (key: string | undefined) => PENALTY_RULES.find((r) => ruleKey(r.article, r.paragraph) === key);

export type TPenaltyForm = {
  rule: string;
  penaltyKinds: TPenaltyKind[];
  fineAmount?: number | null;
  goodsValue?: number | null;
  illegalGains?: number | null;
  confiscation?: string;
  factsFound: string;
};

/** The penalty as a notice or decision cites it, with the cited paragraph's fine band shown as one types. */
export function PenaltyFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<TPenaltyForm>();
  const rule = ruleOf(Form.useWatch('rule', form));
  const goodsValue = Form.useWatch('goodsValue', form) ?? null;
  const range = rule ? fineRange(rule, goodsValue) : null;
  const band = !rule?.fine
    ? null
    : rule.fine.kind === 'by_value' && !range
      ? t('enforcementCases.fineByValue', { under: `${rule.fine.under[0]}-${rule.fine.under[1]}`, low: rule.fine.multiple[0], high: rule.fine.multiple[1] })
      : range && `${range.min.toLocaleString()}-${range.max.toLocaleString()}`;
  return (
    <>
      <Form.Item name="rule" label={t('enforcementCases.basisRule')} rules={[{ required: true }]}>
        <Select
          data-testid="penalty-rule"
          options={PENALTY_RULES.map((r) => ({
            value: ruleKey(r.article, r.paragraph),
            label: `食品安全法第${chineseNumber(r.article)}条第${chineseNumber(r.paragraph)}款 · ${r.covers}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="penaltyKinds" label={t('enforcementCases.penaltyKinds')} rules={[{ required: true }]}>
        <Checkbox.Group options={PENALTY_KINDS.filter((k) => !rule || rule.kinds.includes(k)).map((k) => ({ value: k, label: t(`enforcementCases.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="goodsValue" label={t('enforcementCases.goodsValue')}>
        <InputNumber min={0} style={{ width: '100%' }} data-testid="penalty-goods-value" />
      </Form.Item>
      <Form.Item
        name="fineAmount"
        label={t('enforcementCases.fineAmount')}
        extra={band && <Typography.Text type="secondary">{t('enforcementCases.fineBand', { band })}</Typography.Text>}
      >
        <InputNumber min={0} style={{ width: '100%' }} data-testid="penalty-fine" />
      </Form.Item>
      <Form.Item name="illegalGains" label={t('enforcementCases.illegalGains')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="confiscation" label={t('enforcementCases.confiscation')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="factsFound" label={t('enforcementCases.factsFound')} rules={[{ required: true, max: 5000 }]}>
        <Input.TextArea rows={3} data-testid="penalty-facts" />
      </Form.Item>
    </>
  );
}

/** The request body's penalty fields from the form. */
export function penaltyBody(v: TPenaltyForm) {
  const rule = ruleOf(v.rule)!;
  return {
    penaltyKinds: v.penaltyKinds,
    fineAmount: v.penaltyKinds.includes('fine') ? (v.fineAmount ?? null) : null,
    goodsValue: v.goodsValue ?? null,
    illegalGains: v.illegalGains ?? null,
    confiscation: v.confiscation || undefined,
    basisLaw: rule.law,
    basisArticle: rule.article,
    basisParagraph: rule.paragraph,
    factsFound: v.factsFound,
  };
}
