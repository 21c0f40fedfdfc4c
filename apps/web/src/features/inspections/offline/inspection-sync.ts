import type { TInspection, TInspectionPatch, TInspectionPhoto, TInspectionSummary } from '@shian/shared/inspection';
import type { TPage } from '@shian/shared/http';
import { api, asApiError } from '../../../api/client.ts';
import { i18n } from '../../../lib/i18n.ts';
import { updateDraft, type TQueueState } from '../../../lib/offline-queue.ts';
import { hasUnsent, loadDraft, type TDraftRecord, type TInspectionDraft } from './inspection-drafts.ts';

// Replays an offline inspection against the ordinary API, step by step: start, answers and fields, photos,
// signature, close. Each step is written to the draft's journal as it is sent and as it is answered, so a
// replay after a lost answer (the request may have reached the server) finds out instead of sending it
// again. A server record that changed meanwhile (another version, or closed by someone else) stops the
// replay as a conflict for the user to resolve; nothing is overwritten without their choice.

// No redirect to the sign-in page from a background sync: a 401 leaves the draft waiting.
const quiet = { redirectOn401: false };
const one = (id: string) => `/api/inspections/${encodeURIComponent(id)}`;

type TOutcome = { state: TQueueState; reason: string | null; server?: TInspection };

const journal = (id: string, change: Partial<TInspectionDraft>) => updateDraft<TInspectionDraft>(id, (d) => ({ ...d, data: { ...d.data, ...change } }));

function patchOf(inspection: TInspection, version: number): TInspectionPatch {
  return {
    version,
    results: inspection.items.flatMap((i) => (i.outcome ? [{ itemId: i.id, outcome: i.outcome, note: i.note }] : [])),
    summary: inspection.summary,
    latitude: inspection.latitude,
    longitude: inspection.longitude,
    locationNote: inspection.locationNote,
    representativeName: inspection.representativeName,
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** After a start whose answer was lost: the untouched open inspection it made, if there is exactly one. */
async function startedEarlier(data: TInspectionDraft): Promise<TInspectionSummary | null | 'ambiguous'> {
  const create = data.create!;
  const query = { operatorId: create.operatorId, status: 'open', kind: create.kind, from: create.inspectedOn, to: create.inspectedOn, pageSize: 50 };
  const page = await api.get<TPage<TInspectionSummary>>('/api/inspections', query, undefined, quiet);
  const found = page.items.filter(
    (i) =>
      i.version === 1 &&
      sameSet(
        i.inspectors.map((x) => x.id),
        create.inspectorIds,
      ),
  );
  return found.length === 0 ? null : found.length === 1 ? found[0] : 'ambiguous';
}

async function start(id: string, data: TInspectionDraft): Promise<TInspectionDraft | TOutcome> {
  const earlier = data.creating ? await startedEarlier(data) : null;
  if (earlier === 'ambiguous') return { state: 'failed', reason: i18n.t('offline.reasons.ambiguousStart') };
  if (!earlier) await journal(id, { creating: true });
  const created = earlier ?? (await api.post<TInspection>('/api/inspections', data.create, quiet));
  const next = await journal(id, { serverId: created.id, serverVersion: created.version, creating: false });
  // The checklist was republished after the kit was prepared: the answers belong to the old one.
  const detail = earlier ? await api.get<TInspection>(one(earlier.id), undefined, undefined, quiet) : (created as TInspection);
  if (detail.templateId !== data.inspection.templateId) return { state: 'failed', reason: i18n.t('offline.reasons.checklistChanged') };
  return next.data;
}

async function uploadPhotos(id: string, data: TInspectionDraft, server: TInspection) {
  const serverId = data.serverId!;
  // Server photos neither in the record the draft began from nor answered to an upload of ours.
  const known = new Set([...data.inspection.photos.map((p) => p.id), ...data.photos.flatMap((p) => (p.serverId ? [p.serverId] : []))]);
  const unknown = server.photos.filter((p) => !known.has(p.id));
  for (const photo of data.photos.filter((p) => !p.serverId)) {
    const landed = photo.sent ? unknown.find((p) => p.itemId === photo.itemId) : undefined;
    if (landed) unknown.splice(unknown.indexOf(landed), 1);
    else await markPhoto(id, photo.id, { sent: true });
    const form = new FormData();
    if (photo.itemId) form.append('itemId', photo.itemId);
    form.append('file', photo.blob, 'photo.jpg');
    const stored = landed ?? (await api.post<TInspectionPhoto>(`${one(serverId)}/photos`, form, quiet));
    await markPhoto(id, photo.id, { serverId: stored.id });
  }
}

const markPhoto = (id: string, photoId: string, change: { sent?: boolean; serverId?: string }) =>
  updateDraft<TInspectionDraft>(id, (d) => ({ ...d, data: { ...d.data, photos: d.data.photos.map((p) => (p.id === photoId ? { ...p, ...change } : p)) } }));

async function replay(id: string): Promise<TOutcome> {
  let data = (await loadDraft(id))!.data;
  // Opened offline but left as it was: nothing to compare, nothing to send.
  if (!hasUnsent(data)) return { state: 'synced', reason: null };
  if (!data.serverId) {
    const started = await start(id, data);
    if ('state' in started) return started;
    data = started;
  }
  const serverId = data.serverId!;
  const server = await api.get<TInspection>(one(serverId), undefined, undefined, quiet);
  if (server.status === 'closed') {
    // Our own close whose answer was lost, or someone else's.
    return data.closing ? { state: 'synced', reason: null } : { state: 'conflict', reason: i18n.t('offline.reasons.closedOnServer'), server };
  }
  if (server.version !== data.serverVersion) return { state: 'conflict', reason: i18n.t('offline.reasons.changedOnServer'), server };

  if (data.revision > data.syncedRevision) {
    const revision = data.revision;
    const saved = await api.patch<TInspection>(one(serverId), patchOf(data.inspection, data.serverVersion), quiet);
    data = (await journal(id, { serverVersion: saved.version, syncedRevision: revision })).data;
  }
  await uploadPhotos(id, data, server);
  if (data.signature && !data.signatureSynced) {
    const form = new FormData();
    form.append('file', data.signature, 'signature.png');
    await api.post<TInspection>(`${one(serverId)}/signature`, form, quiet);
    data = (await journal(id, { signatureSynced: true })).data;
  }
  if (data.close && !data.closed) {
    await journal(id, { closing: true });
    await api.post<TInspection>(`${one(serverId)}/close`, { ...data.close, version: data.serverVersion }, quiet);
    await journal(id, { closed: true });
  }
  return { state: 'synced', reason: null };
}

/** The queue's syncer for inspections (registered in app.tsx). */
export async function syncInspectionDraft(id: string): Promise<void> {
  const setState = (outcome: TOutcome) =>
    updateDraft<TInspectionDraft>(id, (d): TDraftRecord => {
      // Changed on the device while this run was sending: it waits for the next run.
      const state = outcome.state === 'synced' && hasUnsent(d.data) ? 'waiting' : outcome.state;
      return { ...d, state, reason: outcome.reason, data: { ...d.data, server: outcome.server ?? d.data.server } };
    });
  await setState({ state: 'syncing', reason: null });
  let outcome: TOutcome;
  try {
    outcome = await replay(id);
  } catch (e) {
    const error = asApiError(e);
    if (error.status === 409) {
      const serverId = (await loadDraft(id))!.data.serverId!;
      const server = await api.get<TInspection>(one(serverId), undefined, undefined, quiet).catch(() => undefined);
      outcome = { state: 'conflict', reason: i18n.t('offline.reasons.changedOnServer'), server };
    } else if (error.status === 0 || error.status === 401 || error.status >= 500) {
      // No network, signed out, or the server's trouble: try again later as it is.
      outcome = { state: 'waiting', reason: error.status === 401 ? i18n.t('offline.reasons.signIn') : error.message };
    } else {
      outcome = { state: 'failed', reason: error.message };
    }
  }
  await setState(outcome);
}
