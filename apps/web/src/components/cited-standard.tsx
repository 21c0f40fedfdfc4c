import { Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TStandardLookup } from '@shian/shared/food-standard';
import { StandardStatusTag } from './standard-status-tag.tsx';

/** A cited text (a test item's 判定依据) with the status today of each registered standard it names. */
export function CitedStandard({ text, found }: { text: string; found: TStandardLookup[] | undefined }) {
  const { t } = useTranslation();
  const registered = (found ?? []).filter((f) => f.standard);
  return (
    <Space size={4} wrap>
      <span>{text}</span>
      {registered.map(({ number, standard }) => (
        <Tooltip
          key={number}
          title={[standard!.number, standard!.title, standard!.supersededBy && `${t('foodStandards.supersededBy')}：${standard!.supersededBy}`].filter(Boolean).join(' · ')}
        >
          <span data-testid="cited-standard-status">
            <StandardStatusTag status={standard!.status} />
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}
