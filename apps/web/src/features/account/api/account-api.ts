import type { TPasswordChange } from '@shian/shared/auth';
import { api } from '../../../api/client.ts';

// A wrong current password must show on the form, not end the session: no 401 redirect here.
export const changePassword = (body: TPasswordChange) => api.post<void>('/api/auth/password', body, { redirectOn401: false });
