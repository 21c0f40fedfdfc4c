import { Alert, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TVisitFlag } from '@shian/shared/cadre-visit';
import { useLang } from '../../../lib/i18n.ts';

/** The flags as short tags (lists). */
export function FlagTags({ flags }: { flags: TVisitFlag[] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {flags.map((f) => (
        <Tag key={f.rule} color="orange" data-testid="visit-flag">
          {t(`cadreVisits.flagRules.${f.rule}`)}
        </Tag>
      ))}
    </Flex>
  );
}

/** The flags explained in words (a visit's page). */
export function FlagExplanations({ flags }: { flags: TVisitFlag[] }) {
  const lang = useLang();
  if (flags.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {flags.map((f) => (
            <li key={f.rule}>{lang === 'en' ? f.en : f.zh}</li>
          ))}
        </ul>
      }
    />
  );
}
