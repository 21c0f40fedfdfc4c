import { DEFAULT_CADRE_RULE, type TCadre, type TCadreHistoryEntry, type TCadreSettings, type TCadreSubject } from '@shian/shared/cadre';
import { maskPhone, type TCipher } from '../../core/crypto.ts';
import type { TCadreRow } from './cadre.repository.ts';
import type { cadreAssignmentHistory, cadreSetting } from './cadre.schema.ts';

type TRow = Pick<TCadreRow, 'cadre' | 'unitName' | 'username' | 'subjects'>;

/** The phone in full only to roles allowed to read contacts, as operator personnel phones. */
export function presentCadre(row: TRow, cipher: TCipher, showContacts: boolean): TCadre {
  const c = row.cadre;
  const phone = c.phoneEncrypted ? cipher.decrypt(c.phoneEncrypted) : null;
  return {
    id: c.id,
    name: c.name,
    level: c.level,
    post: c.post,
    workUnit: c.workUnit,
    unitCode: c.unitCode,
    unitName: row.unitName,
    phone: phone && !showContacts ? maskPhone(phone) : phone,
    active: c.active,
    username: row.username,
    subjects: row.subjects,
    version: c.version,
  };
}

export function presentSubject(row: { operatorId: string; operatorName: string; unitName: string; riskGrade: TCadreSubject['riskGrade']; since: Date }): TCadreSubject {
  return { ...row, since: row.since.toISOString() };
}

type THistoryRow = { history: typeof cadreAssignmentHistory.$inferSelect; operatorName: string; cadreName: string; startedByName: string | null; endedByName: string | null };

export function presentHistory(row: THistoryRow): TCadreHistoryEntry {
  const h = row.history;
  return {
    id: h.id,
    operatorId: h.operatorId,
    operatorName: row.operatorName,
    cadreId: h.cadreId,
    cadreName: row.cadreName,
    startedAt: h.startedAt.toISOString(),
    endedAt: h.endedAt?.toISOString() ?? null,
    startedByName: row.startedByName,
    endedByName: row.endedByName,
    endReason: h.endReason,
  };
}

export function presentSettings(row: typeof cadreSetting.$inferSelect | null): TCadreSettings {
  if (!row) return { ...DEFAULT_CADRE_RULE, version: 0, isDefault: true, updatedAt: null };
  const { district, township, loadLimit, adjustWorkingDays } = row;
  return { district, township, loadLimit, adjustWorkingDays, version: row.version, isDefault: false, updatedAt: row.updatedAt.toISOString() };
}
