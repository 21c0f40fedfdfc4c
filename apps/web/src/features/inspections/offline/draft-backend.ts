import { syncNow } from '../../../lib/offline-queue.ts';
import type { TInspectionBackend } from '../components/inspection-backend.ts';
import { addDraftPhoto, closeDraft, loadDraft, saveDraftPatch, signDraft } from './inspection-drafts.ts';

/** Object URLs of the photos and the signature kept on the device, made once per blob. */
export type TDraftUrls = { photo(photoId: string, size: 'thumb' | 'full'): string; signature(stamp: number): string };

// Sends at once when there is network: the queue is the only way to the server, online or not.
const thenSync = <T>(result: Promise<T>) =>
  result.then((value) => {
    if (navigator.onLine) void syncNow();
    return value;
  });

/** The inspection form on an offline draft: every change is written to IndexedDB, then queued. */
export function draftBackend(draftId: string, urls: TDraftUrls): TInspectionBackend {
  return {
    onDevice: true,
    save: ({ version: _version, ...patch }) => thenSync(saveDraftPatch(draftId, patch)),
    reload: async () => (await loadDraft(draftId))!.data.inspection,
    addPhoto: (itemId, file) => thenSync(addDraftPhoto(draftId, itemId, file)),
    sign: (png) => thenSync(signDraft(draftId, png)),
    close: (body) => thenSync(closeDraft(draftId, body)),
    photoUrl: urls.photo,
    signatureUrl: urls.signature,
  };
}
