import { useEffect, useState } from 'react';
import type { TOrganisation } from '@shian/shared/org';
import { api } from './client.ts';

// The organisation hardly changes during a visit: fetch it once and share it.
let cached: Promise<TOrganisation> | undefined;

function loadOrg(): Promise<TOrganisation> {
  cached ??= api.get<TOrganisation>('/api/org').catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** The bureau's stations and units; undefined while loading or if the server refused. */
export function useOrg(): TOrganisation | undefined {
  const [org, setOrg] = useState<TOrganisation>();
  useEffect(() => {
    let live = true;
    loadOrg().then(
      (value) => {
        if (live) setOrg(value);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return org;
}
