import { CHECKLIST_SCOPE_OF_TYPE, type TChecklist, type TChecklistSummary } from '@shian/shared/checklist';
import type { TOperatorSummary } from '@shian/shared/operator';
import { api, ApiError } from '../../../api/client.ts';
import { eligibleInspectors } from '../../../api/inspection-start.ts';
import { i18n } from '../../../lib/i18n.ts';
import { saveKit, type TInspectionKit } from './inspection-drafts.ts';

/** Online: keeps on the device what starting an inspection of this operator needs (the checklist the server
 *  would use, the operator's name, who may inspect it). */
export async function prepareKit(operatorId: string): Promise<TInspectionKit> {
  const operator = await api.get<TOperatorSummary>(`/api/operators/${encodeURIComponent(operatorId)}`);
  const published = await api.get<TChecklistSummary[]>('/api/checklists', { scope: CHECKLIST_SCOPE_OF_TYPE[operator.type], status: 'published' });
  if (published.length === 0) throw new ApiError(400, 'VALIDATION_FAILED', i18n.t('offline.noChecklist'));
  const checklist = await api.get<TChecklist>(`/api/checklists/${encodeURIComponent(published[0].id)}`);
  const kit = { operatorId, operatorName: operator.name, checklist, inspectors: await eligibleInspectors(operatorId), preparedAt: new Date().toISOString() };
  await saveKit(kit);
  return kit;
}
