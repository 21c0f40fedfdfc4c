import { useTranslation } from 'react-i18next';
import type { TNominationStatus } from '@shian/shared/public-test';
import { FilterBar, SelectFilter, type TFilterList } from '../../../components/list-shell/filters.tsx';
import type { TParams } from '../../../components/list-shell/list-params.ts';

/** The status filter of a nomination list; the public list offers fewer statuses than staff see. */
export function NominationStatusFilter<P extends TParams>({ list, statuses }: { list: TFilterList<P> & { filters: { status?: string } }; statuses: readonly TNominationStatus[] }) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <SelectFilter
        list={list}
        name={'status' as keyof P & string}
        all={t('publicTests.allStatuses')}
        options={statuses.map((s) => ({ value: s, label: t(`publicTests.status.${s}`) }))}
        style={{ minWidth: 140 }}
      />
    </FilterBar>
  );
}
