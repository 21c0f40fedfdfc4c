import { OPERATOR_SORTS, OPERATOR_STATUSES, OPERATOR_TYPES, type TOperatorStatus, type TOperatorType } from '@shian/shared/operator';
import { matching, oneOf, text, UUID } from '../../../components/list-shell/list-params.ts';

export const LICENCE_FILTERS = ['expiring', 'expired'] as const;
export type TLicenceFilter = (typeof LICENCE_FILTERS)[number];
export type TOperatorSort = (typeof OPERATOR_SORTS)[number];

const DEFAULT_SORT: TOperatorSort = 'name';

export type TListFilters = {
  q?: string;
  type?: TOperatorType;
  unitCode?: string;
  stationId?: string;
  status?: TOperatorStatus;
  licence?: TLicenceFilter;
  sort: TOperatorSort;
};
export type TListParams = TListFilters & { page: number; pageSize: number };

/** The operator list's filters and sort as they live in the URL (components/list-shell). */
export const OPERATOR_LIST = {
  params: {
    q: text(100),
    type: oneOf(OPERATOR_TYPES),
    unitCode: matching(/^\d{12}$/),
    stationId: matching(UUID),
    status: oneOf(OPERATOR_STATUSES),
    licence: oneOf(LICENCE_FILTERS),
    sort: oneOf(OPERATOR_SORTS, DEFAULT_SORT),
  },
};
