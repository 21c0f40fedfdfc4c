import { useTranslation } from 'react-i18next';
import { STANDARD_CATEGORIES, STANDARD_STATUSES } from '@shian/shared/food-standard';

/** Select options for a standard's status and category, for the filters and the form alike. */
export function useStandardOptions() {
  const { t } = useTranslation();
  return {
    statuses: STANDARD_STATUSES.map((s) => ({ value: s, label: t(`foodStandards.statuses.${s}`) })),
    categories: STANDARD_CATEGORIES.map((c) => ({ value: c, label: t(`foodStandards.categories.${c}`) })),
  };
}
