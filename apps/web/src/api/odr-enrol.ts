import type { TOdrEnrolmentDetail } from '@shian/shared/odr';
import { api } from './client.ts';

// Inviting a business to online dispute resolution: from the ODR page and from the complaint hotspots.
export const enrol = (operatorId: string) => api.post<TOdrEnrolmentDetail>('/api/odr/enrolments', { operatorId });
