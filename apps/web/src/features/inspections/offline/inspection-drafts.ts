import {
  deriveInspectionResult,
  unansweredRequired,
  ZInspectionClose,
  type TInspection,
  type TInspectionClose,
  type TInspectionCreate,
  type TInspectionPatch,
  type TInspectionPhoto,
} from '@shian/shared/inspection';
import type { TChecklist } from '@shian/shared/checklist';
import type { TEligibleInspector } from '../../../api/inspection-start.ts';
import { ApiError } from '../../../api/client.ts';
import { i18n } from '../../../lib/i18n.ts';
import { deleteDraft, forgetRead, getDraft, listDrafts, listReads, loadRead, putDraft, saveRead, updateDraft, type TQueuedDraft } from '../../../lib/offline-queue.ts';

// An inspection done on the device: what the form shows (`inspection`) and the journal of what has reached
// the server, so that a replay after a lost answer sends no step twice (inspection-sync.ts).

export const INSPECTION_DRAFT = 'inspection';

export type TDraftPhoto = {
  id: string;
  itemId: string | null;
  blob: Blob;
  /** Set before the upload: after a lost answer the sync looks on the server for a photo it does not know. */
  sent: boolean;
  serverId: string | null;
};

export type TInspectionDraft = {
  /** The inspection as the device has it (new ones: `id` is the draft's until the server gives one). */
  inspection: TInspection;
  /** How to start it on the server; null when it was started there already. */
  create: TInspectionCreate | null;
  serverId: string | null;
  /** Set before the start request, cleared with its answer. */
  creating: boolean;
  /** The server version the device's changes are based on: a server at another version changed meanwhile. */
  serverVersion: number;
  /** Every change of answers or fields counts up; the sync sends them all when it is past the last sent. */
  revision: number;
  syncedRevision: number;
  photos: TDraftPhoto[];
  signature: Blob | null;
  signatureSynced: boolean;
  close: Omit<TInspectionClose, 'version'> | null;
  closing: boolean;
  closed: boolean;
  /** The server's record when it changed meanwhile (state 'conflict'). */
  server: TInspection | null;
};

export type TDraftRecord = TQueuedDraft<TInspectionDraft>;

/** Whether anything done on the device has not reached the server yet. */
export const hasUnsent = (d: TInspectionDraft) =>
  !d.serverId || d.revision > d.syncedRevision || d.photos.some((p) => !p.serverId) || (d.signature !== null && !d.signatureSynced) || (d.close !== null && !d.closed);

/** What an inspector takes along for an operator: enough to start and fill an inspection without network. */
export type TInspectionKit = {
  operatorId: string;
  operatorName: string;
  checklist: TChecklist;
  inspectors: TEligibleInspector[];
  preparedAt: string;
};

const KIT = 'inspection-kit:';

export const saveKit = (kit: TInspectionKit) => saveRead(KIT + kit.operatorId, kit);
export const listKits = () => listReads<TInspectionKit>(KIT);

export function startDraft(kit: TInspectionKit, create: TInspectionCreate, inspectorNames: Map<string, string>): Promise<string> {
  const id = crypto.randomUUID();
  const { checklist } = kit;
  const inspection: TInspection = {
    id,
    operatorId: kit.operatorId,
    operatorName: kit.operatorName,
    kind: create.kind,
    status: 'open',
    inspectedOn: create.inspectedOn,
    inspectors: create.inspectorIds.map((i) => ({ id: i, displayName: inspectorNames.get(i) ?? '' })),
    result: null,
    keyNonconforming: 0,
    generalNonconforming: 0,
    published: false,
    version: 1,
    templateId: checklist.id,
    templateName: checklist.name,
    templateVersionNo: checklist.versionNo,
    planEntryId: null,
    followUpOf: null,
    summary: '',
    latitude: null,
    longitude: null,
    locationNote: null,
    representativeName: null,
    hasSignature: false,
    closedAt: null,
    items: checklist.items.map((item) => ({ ...item, outcome: null, note: '' })),
    photos: [],
    rectifications: [],
  };
  return queue(id, { inspection, create, serverId: null, serverVersion: 0 });
}

/** A new draft with an empty journal: nothing of it has been sent yet. */
async function queue(id: string, start: Pick<TInspectionDraft, 'inspection' | 'create' | 'serverId' | 'serverVersion'>) {
  const journal = { creating: false, revision: 0, syncedRevision: 0, photos: [], signature: null, signatureSynced: true, close: null, closing: false, closed: false, server: null };
  const data: TInspectionDraft = { ...start, ...journal };
  await putDraft<TInspectionDraft>({ id, kind: INSPECTION_DRAFT, title: start.inspection.operatorName, state: 'waiting', reason: null, updatedAt: '', data });
  return id;
}

export const loadDraft = (id: string) => getDraft<TInspectionDraft>(id);

/** A change made on the device puts the draft back in the queue. */
function edit(id: string, change: (data: TInspectionDraft) => TInspectionDraft) {
  return updateDraft<TInspectionDraft>(id, (draft) => ({ ...draft, state: draft.state === 'conflict' ? 'conflict' : 'waiting', reason: null, data: change(draft.data) }));
}

export async function saveDraftPatch(id: string, patch: Omit<TInspectionPatch, 'version'>): Promise<TInspection> {
  const { results, ...fields } = patch;
  const draft = await edit(id, (data) => {
    const byItem = new Map((results ?? []).map((r) => [r.itemId, r]));
    const items = data.inspection.items.map((item) => {
      const result = byItem.get(item.id);
      return result ? { ...item, outcome: result.outcome, note: result.note ?? '' } : item;
    });
    return { ...data, inspection: { ...data.inspection, ...fields, items }, revision: data.revision + 1 };
  });
  return draft.data.inspection;
}

export async function addDraftPhoto(id: string, itemId: string | null, blob: Blob): Promise<TInspectionPhoto> {
  const photo = { id: crypto.randomUUID(), itemId, createdAt: new Date().toISOString() };
  await edit(id, (data) => ({
    ...data,
    inspection: { ...data.inspection, photos: [...data.inspection.photos, photo] },
    photos: [...data.photos, { id: photo.id, itemId, blob, sent: false, serverId: null }],
  }));
  return photo;
}

export async function signDraft(id: string, png: Blob) {
  await edit(id, (data) => ({ ...data, inspection: { ...data.inspection, hasSignature: true }, signature: png, signatureSynced: false }));
}

/** Closes on the device with the server's own checks, so that the queue rarely meets a refusal later. */
export async function closeDraft(id: string, body: TInspectionClose): Promise<TInspection> {
  const current = await loadDraft(id);
  if (!current) throw new ApiError(404, 'NOT_FOUND', i18n.t('offline.draftMissing'));
  const { inspection } = current.data;
  const unanswered = unansweredRequired(inspection.kind, inspection.items);
  if (unanswered.length > 0) {
    throw new ApiError(400, 'VALIDATION_FAILED', i18n.t('offline.unanswered', { count: unanswered.length, items: unanswered.map((i) => i.position).join('、') }));
  }
  const parsed = ZInspectionClose.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'VALIDATION_FAILED', i18n.t('offline.demandRequired'));
  const { version: _version, ...close } = parsed.data;
  const draft = await edit(id, (data) => ({
    ...data,
    close,
    inspection: { ...data.inspection, ...deriveInspectionResult(data.inspection.items), status: 'closed', published: close.publish, closedAt: new Date().toISOString() },
  }));
  return draft.data.inspection;
}

/** Conflict resolved for the device's version: sent again over the server's current version, all of it. */
export function keepMine(id: string) {
  return updateDraft<TInspectionDraft>(id, (draft) => {
    const { data } = draft;
    if (!data.server) return draft;
    const resend = { serverVersion: data.server.version, syncedRevision: -1, signatureSynced: data.signature === null, server: null };
    return { ...draft, state: 'waiting', reason: null, data: { ...data, ...resend } };
  });
}

/** Conflict resolved for the server's version: the device's draft goes. */
export const takeServer = (id: string) => deleteDraft(id);

export const retryDraft = (id: string) => updateDraft<TInspectionDraft>(id, (draft) => ({ ...draft, state: 'waiting', reason: null }));

const SNAPSHOT = 'inspection:';

/** Online: the open inspection as last read, so that it can be opened and filled on without network. */
export async function keepForOffline(inspection: TInspection) {
  if (inspection.status === 'open') await saveRead(SNAPSHOT + inspection.id, inspection);
  else await forgetRead(SNAPSHOT + inspection.id);
}

/** Offline: the draft that carries on this server inspection (its own, or a new one from the last read). */
export async function draftOfServerInspection(serverId: string): Promise<string | null> {
  const existing = (await listDrafts()).find((d) => d.kind === INSPECTION_DRAFT && (d.data as TInspectionDraft).serverId === serverId && d.state !== 'synced');
  if (existing) return existing.id;
  const inspection = await loadRead<TInspection>(SNAPSHOT + serverId);
  if (!inspection) return null;
  return queue(crypto.randomUUID(), { inspection, create: null, serverId, serverVersion: inspection.version });
}
