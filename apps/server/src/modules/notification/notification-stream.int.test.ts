// The live stream over a real socket: app.inject waits for the end of an answer, and a stream never ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type TRole } from '@shian/shared/access';
import type { TNotificationStreamEvent } from '@shian/shared/notification';
import { chinaToday } from '@shian/shared/working-days';
import { CONTENT_SECURITY_POLICY } from '../../core/security-headers.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { me, raiseDemand } from '../../testing/inspections.ts';
import { hubOf } from './notification-hub.ts';

let platform: TTestPlatform;
let cast: Record<TRole, string>;
let base: string;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(ROLES, { operators: 20 }));
  base = await platform.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => platform.close());

/** An open stream: its response, and the events read so far, waited for with a deadline. */
async function openStream(cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/notifications/stream`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const events = () =>
    text
      .split('\n\n')
      .flatMap((frame) => frame.split('\n').filter((line) => line.startsWith('data: ')))
      .map((line) => JSON.parse(line.slice(6)) as TNotificationStreamEvent);
  return {
    response,
    events,
    async until(found: (events: TNotificationStreamEvent[]) => boolean) {
      const deadline = setTimeout(() => controller.abort(), 5_000);
      try {
        while (!found(events())) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
        }
      } finally {
        clearTimeout(deadline);
      }
      return found(events());
    },
    close: () => controller.abort(),
  };
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe('GET /api/notifications/stream', () => {
  it('refuses a visitor without a session', async () => {
    const response = await fetch(`${base}/api/notifications/stream`);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it.each(ROLES)('opens for %s with the security headers and the unread count first', async (role) => {
    const stream = await openStream(cast[role]);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(stream.response.headers.get('cache-control')).toBe('no-store');
    expect(await stream.until((events) => events.some((e) => e.type === 'unread'))).toBe(true);
    stream.close();
  });

  it("pushes a new notification to every open page of its recipient, and to no one else's", async () => {
    const inspectorId = (await me(platform, cast.inspector)).id;
    const tabs = [await openStream(cast.inspector), await openStream(cast.inspector)];
    const other = await openStream(cast.admin);
    for (const tab of [...tabs, other]) await tab.until((events) => events.length > 0);
    expect(hubOf(platform.ctx).openStreams(inspectorId)).toBe(2);

    const operatorId = (await me(platform, cast.business)).operatorId!;
    const stationIds = [inspectorId, (await me(platform, cast.station)).id];
    const demand = await raiseDemand(platform, cast.inspector, { operatorId, inspectorIds: stationIds, inspectedOn: chinaToday() }, '实时推送测试');
    const r = (await platform.request({ method: 'GET', url: `/api/rectifications/${demand.id}`, cookie: cast.business })).json();
    const answered = await platform.request({
      method: 'POST',
      url: `/api/rectifications/${demand.id}/answer`,
      cookie: cast.business,
      payload: { version: r.version, answer: '已整改', photoIds: [] },
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const pushed = (e: TNotificationStreamEvent) => e.type === 'notification' && e.notification.title.zh.includes('实时推送测试');
    for (const tab of tabs) expect(await tab.until((events) => events.some(pushed))).toBe(true);
    const [event] = tabs[0].events().filter(pushed);
    expect(event).toMatchObject({ type: 'notification', unread: 1, notification: { kind: 'answered', readAt: null } });
    expect(other.events().some(pushed)).toBe(false);

    // Read in one tab: every tab hears the new count.
    const read = await platform.request({ method: 'POST', url: `/api/notifications/${event.type === 'notification' && event.notification.id}/read`, cookie: cast.inspector });
    expect(read.statusCode, read.body).toBe(200);
    for (const tab of tabs) expect(await tab.until((events) => events.at(-1)?.type === 'unread' && events.at(-1)?.unread === 0)).toBe(true);

    for (const tab of [...tabs, other]) tab.close();
    expect(await waitFor(() => hubOf(platform.ctx).openStreams(inspectorId) === 0)).toBe(true);
  });
});
