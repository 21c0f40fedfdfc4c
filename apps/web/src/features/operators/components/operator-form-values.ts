// Converts between what the form holds (dayjs dates, possibly empty fields) and the API shapes.
// Empty text goes out as '' so the shared schema reports "required" rather than a type error.
import dayjs, { type Dayjs } from 'dayjs';
import type { TLicenceKind } from '@shian/shared/licence';
import type { TOperator, TOperatorCategory, TOperatorScale, TOperatorStatus, TOperatorTag, TOperatorType, TPersonnelRole } from '@shian/shared/operator';

export type TLicenceFormValue = {
  kind?: TLicenceKind;
  number?: string;
  scope?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
};
export type TPersonnelFormValue = { role?: TPersonnelRole; name?: string; phone?: string };
export type TOperatorFormValues = {
  name?: string;
  uscc?: string;
  type?: TOperatorType;
  categories?: TOperatorCategory[];
  address?: string;
  unitCode?: string;
  longitude?: number | null;
  latitude?: number | null;
  tags?: TOperatorTag[];
  scale?: TOperatorScale | null;
  status?: TOperatorStatus;
  licences?: TLicenceFormValue[];
  personnel?: TPersonnelFormValue[];
};

const text = (value: string | undefined) => value ?? '';
const day = (value: Dayjs | null | undefined) => (value?.isValid() ? value.format('YYYY-MM-DD') : '');

function profile(values: TOperatorFormValues) {
  return {
    name: text(values.name),
    type: values.type,
    categories: values.categories ?? [],
    address: text(values.address),
    unitCode: text(values.unitCode),
    longitude: values.longitude ?? null,
    latitude: values.latitude ?? null,
    tags: values.tags ?? [],
    scale: values.scale ?? null,
  };
}

function licences(values: TOperatorFormValues) {
  return (values.licences ?? []).map((l) => ({
    kind: l.kind,
    number: text(l.number),
    scope: text(l.scope),
    issuedOn: day(l.issuedOn),
    expiresOn: day(l.expiresOn),
  }));
}

function personnel(values: TOperatorFormValues) {
  return (values.personnel ?? []).map((p) => ({ role: p.role, name: text(p.name), phone: text(p.phone) }));
}

/** Input for ZOperatorCreate. */
export function toCreateInput(values: TOperatorFormValues): unknown {
  return { ...profile(values), uscc: text(values.uscc), licences: licences(values), personnel: personnel(values) };
}

type TPatchOptions = {
  /** False when the form only had masked phones, which would overwrite the real numbers. */
  withPersonnel: boolean;
  /** False for a business user: the server refuses unit and status from them, even unchanged. */
  withJurisdiction: boolean;
};

/** Input for ZOperatorPatch: the whole profile and licence list (lists are replaced whole). */
export function toPatchInput(values: TOperatorFormValues, version: number, options: TPatchOptions): unknown {
  const { unitCode, ...rest } = profile(values);
  return {
    version,
    ...rest,
    ...(options.withJurisdiction ? { unitCode, status: values.status } : {}),
    licences: licences(values),
    ...(options.withPersonnel ? { personnel: personnel(values) } : {}),
  };
}

export function toFormValues(operator: TOperator): TOperatorFormValues {
  return {
    name: operator.name,
    uscc: operator.uscc,
    type: operator.type,
    categories: operator.categories,
    address: operator.address,
    unitCode: operator.unitCode,
    longitude: operator.longitude,
    latitude: operator.latitude,
    tags: operator.tags,
    scale: operator.scale,
    status: operator.status,
    licences: operator.licences.map((l) => ({
      kind: l.kind,
      number: l.number,
      scope: l.scope,
      issuedOn: dayjs(l.issuedOn),
      expiresOn: dayjs(l.expiresOn),
    })),
    personnel: operator.personnel.map((p) => ({ role: p.role, name: p.name, phone: p.phone })),
  };
}
