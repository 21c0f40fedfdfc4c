import { z } from 'zod';

export const UNIT_KINDS = ['street', 'town', 'zone'] as const;
export type TUnitKind = (typeof UNIT_KINDS)[number];
export const STATION_KINDS = ['station', 'enforcement_team'] as const;
export type TStationKind = (typeof STATION_KINDS)[number];

/** 12-digit township-level division code (9-digit NBS code + 000). */
export const ZUnitCode = z.string().regex(/^\d{12}$/, { message: 'unitCode.invalid' });

export type TUnit = { code: string; name: string; kind: TUnitKind; stationId: string | null };
export type TStation = { id: string; name: string; kind: TStationKind; unitCodes: string[] };
export type TDepartment = { id: string; code: string; name: string };
export type TOrganisation = {
  bureau: { id: string; name: string; divisionCode: string };
  departments: TDepartment[];
  stations: TStation[];
  units: TUnit[];
};
