import { PERSONNEL_ROLES } from '@shian/shared/operator';
import type { TLicence, TLicenceState, TOperator, TOperatorSummary, TPersonnel } from '@shian/shared/operator';
import { maskPhone, type TCipher } from '../../core/crypto.ts';
import { EXPIRING_DAYS, type TLicenceRow, type TOperatorListRow, type TPersonnelRow } from './operator.repository.ts';

export function licenceState(expiresOn: string, today = new Date()): TLicenceState {
  const todayIso = today.toISOString().slice(0, 10);
  if (expiresOn < todayIso) return 'expired';
  const soon = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000).toISOString().slice(0, 10);
  return expiresOn <= soon ? 'expiring' : 'valid';
}

export function presentOperatorSummary(row: TOperatorListRow): TOperatorSummary {
  return {
    id: row.id,
    name: row.name,
    uscc: row.uscc,
    type: row.type,
    address: row.address,
    unitCode: row.unitCode,
    unitName: row.unitName,
    stationId: row.stationId,
    stationName: row.stationName,
    status: row.status,
    tags: row.tags,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentLicence(row: TLicenceRow, today = new Date()): TLicence {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    scope: row.scope,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    state: licenceState(row.expiresOn, today),
  };
}

/** Phones are decrypted and shown in full only to roles allowed to see contacts. */
export function presentPersonnel(row: TPersonnelRow, cipher: TCipher, showContacts: boolean): TPersonnel {
  const phone = cipher.decrypt(row.phoneEncrypted);
  return {
    id: row.id,
    role: row.role,
    name: row.name,
    phone: showContacts ? phone : maskPhone(phone),
    phoneMasked: !showContacts,
  };
}

export function presentOperator(row: TOperatorListRow, licences: TLicenceRow[], personnel: TPersonnelRow[], cipher: TCipher, showContacts: boolean): TOperator {
  return {
    ...presentOperatorSummary(row),
    categories: row.categories,
    scale: row.scale,
    longitude: row.longitude,
    latitude: row.latitude,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    licences: licences.map((l) => presentLicence(l)),
    personnel: personnel.map((p) => presentPersonnel(p, cipher, showContacts)).sort((a, b) => PERSONNEL_ROLES.indexOf(a.role) - PERSONNEL_ROLES.indexOf(b.role)),
  };
}
