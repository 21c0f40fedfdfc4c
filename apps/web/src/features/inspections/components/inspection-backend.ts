import type { TInspection, TInspectionClose, TInspectionPatch, TInspectionPhoto } from '@shian/shared/inspection';
import { closeInspection, getInspection, patchInspection, photoUrl, signatureUrl, uploadInspectionPhoto, uploadSignature } from '../api/inspections-api.ts';

/** Where the inspection form keeps its changes: the server, or a draft on the device (offline/draft-backend.ts). */
export type TInspectionBackend = {
  /** Changes are kept on the device until the queue sends them (the form says so). */
  onDevice: boolean;
  /** A partial save based on `patch.version`; answers the record as saved. */
  save(patch: TInspectionPatch): Promise<TInspection>;
  reload(): Promise<TInspection>;
  addPhoto(itemId: string | null, file: Blob): Promise<TInspectionPhoto>;
  sign(png: Blob): Promise<void>;
  close(body: TInspectionClose): Promise<TInspection>;
  photoUrl(photoId: string, size: 'thumb' | 'full'): string;
  signatureUrl(stamp: number): string;
};

export function serverBackend(id: string): TInspectionBackend {
  return {
    onDevice: false,
    save: (patch) => patchInspection(id, patch),
    reload: () => getInspection(id),
    addPhoto: (itemId, file) => uploadInspectionPhoto(id, file, itemId),
    sign: async (png) => void (await uploadSignature(id, png)),
    close: (body) => closeInspection(id, body),
    photoUrl: (photoId, size) => photoUrl(id, photoId, size),
    signatureUrl: (stamp) => signatureUrl(id, stamp),
  };
}
