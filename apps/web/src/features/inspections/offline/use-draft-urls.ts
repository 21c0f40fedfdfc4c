import { useEffect, useMemo, useRef } from 'react';
import type { TInspectionDraft } from './inspection-drafts.ts';
import type { TDraftUrls } from './draft-backend.ts';
import { photoUrl, signatureUrl } from '../api/inspections-api.ts';

/** Object URLs for a draft's blobs: one per photo (photos never change), a new one per signature. What the
 *  draft took over from the server (an inspection opened online first) is the server's to show. */
export function useDraftUrls(data: TInspectionDraft | undefined): TDraftUrls {
  const photos = useRef(new Map<string, string>());
  const signature = useMemo(() => (data?.signature ? URL.createObjectURL(data.signature) : ''), [data?.signature]);
  useEffect(() => () => URL.revokeObjectURL(signature), [signature]);
  useEffect(() => {
    const made = photos.current;
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
      made.clear();
    };
  }, []);
  return {
    photo(photoId, size) {
      const known = photos.current.get(photoId);
      if (known) return known;
      const blob = data?.photos.find((p) => p.id === photoId)?.blob;
      if (!blob) return data?.serverId ? photoUrl(data.serverId, photoId, size) : '';
      const url = URL.createObjectURL(blob);
      photos.current.set(photoId, url);
      return url;
    },
    signature: (stamp) => signature || (data?.serverId ? signatureUrl(data.serverId, stamp) : ''),
  };
}
