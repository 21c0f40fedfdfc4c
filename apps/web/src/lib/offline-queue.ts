import { useEffect, useState, useSyncExternalStore } from 'react';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

// Work done on the device without a network: drafts kept in IndexedDB until they are sent, in order, once
// the network is back (docs/architecture.md, "Field work without signal"). This file is the generic part
// the layout can use: the store, the states, the sync trigger. What a draft holds and how it is sent is the
// owning feature's (features/inspections/offline/), registered by kind from app.tsx.

/** waiting: to be sent; syncing: being sent; synced: all of it is on the server; conflict: the server's
 *  record changed meanwhile, the user chooses; failed: the server refused it (the reason says why). */
export type TQueueState = 'waiting' | 'syncing' | 'synced' | 'conflict' | 'failed';

export type TQueuedDraft<T = unknown> = {
  id: string;
  kind: string;
  /** What the queue shows (the operator's name, say). */
  title: string;
  state: TQueueState;
  reason: string | null;
  updatedAt: string;
  data: T;
};

interface TOfflineSchema extends DBSchema {
  drafts: { key: string; value: TQueuedDraft };
  /** Reads kept for offline use (a checklist and the operator's name prepared for an inspection). */
  reads: { key: string; value: { key: string; value: unknown; savedAt: string } };
}

let database: Promise<IDBPDatabase<TOfflineSchema>> | null = null;

function db() {
  database ??= openDB<TOfflineSchema>('shian-offline', 1, {
    upgrade(store) {
      store.createObjectStore('drafts', { keyPath: 'id' });
      store.createObjectStore('reads', { keyPath: 'key' });
    },
  });
  return database;
}

// Other tabs hear of changes through the channel; this tab through its own listeners.
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('shian-offline');
channel?.addEventListener('message', () => emit());

function emit() {
  for (const listener of listeners) listener();
}

function changed() {
  emit();
  channel?.postMessage('changed');
}

export const listDrafts = async () => (await (await db()).getAll('drafts')).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
export const getDraft = async <T>(id: string) => (await (await db()).get('drafts', id)) as TQueuedDraft<T> | undefined;

export async function putDraft<T>(draft: TQueuedDraft<T>) {
  await (await db()).put('drafts', { ...draft, updatedAt: new Date().toISOString() });
  changed();
}

/** Read, change and write one draft in one IndexedDB transaction, so that the sync and the form never lose each other's writes. */
export async function updateDraft<T>(id: string, change: (draft: TQueuedDraft<T>) => TQueuedDraft<T>): Promise<TQueuedDraft<T>> {
  const tx = (await db()).transaction('drafts', 'readwrite');
  const current = (await tx.store.get(id)) as TQueuedDraft<T> | undefined;
  if (!current) throw new Error(`no offline draft ${id}`);
  const next = { ...change(current), updatedAt: new Date().toISOString() };
  await tx.store.put(next);
  await tx.done;
  changed();
  return next;
}

export async function deleteDraft(id: string) {
  await (await db()).delete('drafts', id);
  changed();
}

export async function saveRead(key: string, value: unknown) {
  await (await db()).put('reads', { key, value, savedAt: new Date().toISOString() });
  changed();
}

export async function forgetRead(key: string) {
  await (await db()).delete('reads', key);
}

export async function loadRead<T>(key: string) {
  return (await (await db()).get('reads', key))?.value as T | undefined;
}

export async function listReads<T>(prefix: string) {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return (await (await db()).getAll('reads', range)).map((r) => r.value as T);
}

/** Sends one draft and sets its state; never throws (a failure is a state). */
type TSyncer = (id: string) => Promise<void>;
const syncers = new Map<string, TSyncer>();

export function registerSyncer(kind: string, syncer: TSyncer) {
  syncers.set(kind, syncer);
}

let running: Promise<void> | null = null;
let again = false;

async function syncWaiting() {
  for (const draft of await listDrafts()) {
    if (!navigator.onLine) return;
    // 'syncing' left over from a closed tab: the drafts' step journal tells what already reached the server.
    if (draft.state === 'waiting' || draft.state === 'syncing') await syncers.get(draft.kind)?.(draft.id);
  }
}

const locked = () => (navigator.locks ? navigator.locks.request('shian-offline-sync', syncWaiting) : syncWaiting());

/** Sends every waiting draft, one at a time, oldest change first; one run at a time across all tabs. A call
 *  during a run asks for one more run after it (the draft it was made for may have been passed already). */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await locked();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export const useOnline = () => useSyncExternalStore(subscribeOnline, () => navigator.onLine);

/** The drafts on this device, kept current as they change (in any tab). */
export function useDrafts(): TQueuedDraft[] | null {
  const [drafts, setDrafts] = useState<TQueuedDraft[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void listDrafts().then((all) => live && setDrafts(all));
    listeners.add(load);
    load();
    return () => {
      live = false;
      listeners.delete(load);
    };
  }, []);
  return drafts;
}

/** Sends the waiting drafts now and whenever the network comes back (mounted by the signed-in layout). */
export function useSyncWhenOnline() {
  useEffect(() => {
    const run = () => void syncNow();
    run();
    window.addEventListener('online', run);
    return () => window.removeEventListener('online', run);
  }, []);
}
