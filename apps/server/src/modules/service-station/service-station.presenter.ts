import type { TPublicServiceStation, TServiceStation } from '@shian/shared/service-station';
import { maskPhone, type TCipher } from '../../core/crypto.ts';
import type { TServiceStationRow } from './service-station.repository.ts';

/** The contact's phone in full only to roles allowed to read contacts, as personnel phones. */
export function presentStation(row: TServiceStationRow, cipher: TCipher, showContacts: boolean): TServiceStation {
  const phone = cipher.decrypt(row.contactPhoneEncrypted);
  return {
    id: row.id,
    name: row.name,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    unitCode: row.unitCode,
    unitName: row.unitName,
    address: row.address,
    contactName: row.contactName,
    contactPhone: showContacts ? phone : maskPhone(phone),
    establishedOn: row.establishedOn,
    status: row.status,
    version: row.version,
  };
}

export function presentPublicStation(row: TServiceStationRow): TPublicServiceStation {
  return { id: row.id, name: row.name, operatorName: row.operatorName, unitName: row.unitName, address: row.address, establishedOn: row.establishedOn };
}
