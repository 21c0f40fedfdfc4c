// The page's one live connection to the notification stream, shared by the bell and the notifications page, and
// the choice of the one tab that pops a new notification up. Every tab of the user holds its own stream (each
// shows the count); the tabs that receive the same notification claim it over a BroadcastChannel, and the claim
// that sorts first wins, so exactly one tab shows the popup.
import { useEffect } from 'react';
import type { TNotificationStreamEvent } from '@shian/shared/notification';
import { STREAM_URL } from './api/notifications-api.ts';

type TListener = (event: TNotificationStreamEvent) => void;

const listeners = new Set<TListener>();
let source: EventSource | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;

function emit(message: MessageEvent<string>) {
  const event = JSON.parse(message.data) as TNotificationStreamEvent;
  for (const listener of listeners) listener(event);
}

function open() {
  if (source || listeners.size === 0) return;
  const stream = new EventSource(STREAM_URL);
  stream.addEventListener('unread', emit);
  stream.addEventListener('notification', emit);
  // EventSource retries a dropped connection itself; a refused one (signed out, a restart mid-answer) ends it: try again later.
  stream.onerror = () => {
    if (stream.readyState !== EventSource.CLOSED) return;
    source = null;
    retry = setTimeout(open, 10_000);
  };
  source = stream;
}

function close() {
  clearTimeout(retry);
  source?.close();
  source = null;
}

/** Listens to the stream while the component is mounted (the connection stays open while anyone listens). */
export function useNotificationStream(listener: TListener) {
  useEffect(() => {
    listeners.add(listener);
    open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) close();
    };
  }, [listener]);
}

const CLAIM_WINDOW_MS = 150;
const TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const claims = new Map<string, Set<string>>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('shian-notifications');

function addClaim(id: string, tab: string) {
  const set = claims.get(id) ?? new Set<string>();
  claims.set(id, set.add(tab));
  // Claims are needed only while the tabs decide.
  setTimeout(() => claims.delete(id), 60_000);
}

channel?.addEventListener('message', (message: MessageEvent<{ id: string; tab: string }>) => addClaim(message.data.id, message.data.tab));

/** Whether this tab shows the popup for a notification: no tab claimed it before, and this tab's claim sorts first. */
export async function claimPopup(id: string): Promise<boolean> {
  // Another tab received it earlier and has claimed it already.
  if (claims.has(id)) return false;
  addClaim(id, TAB);
  channel?.postMessage({ id, tab: TAB });
  await new Promise((resolve) => setTimeout(resolve, CLAIM_WINDOW_MS));
  return [...(claims.get(id) ?? [])].sort()[0] === TAB;
}
