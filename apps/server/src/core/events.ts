// A small in-process event bus for flows across modules (an inspection closes -> the risk grade
// is recomputed). Each receiving module subscribes in its own *.events.ts, so its folder says
// everything it reacts to. Handlers run after the publisher's transaction has committed.
import type { TSessionUser } from './access.ts';

export type TPlatformEvents = {
  'inspection.closed': {
    operatorId: string;
    inspectionId: string;
    result: string;
    kind: string;
    inspectedOn: string;
    planEntryId: string | null;
  };
  'rectification.changed': { operatorId: string; rectificationId: string; status: string };
  'operator.changed': { operatorId: string };
  'sample.reported': { sampleId: string; operatorId: string; verdict: string; reportedOn: string };
  /** New complaints stored (public form, staff entry, or one batch of a 12315 import), e.g. to classify them. */
  'complaint.received': { bureauId: string; complaintIds: string[] };
  /** A case step waits for a head's approval: filing proposed (立案审批) or decision proposed (处罚决定审批). */
  'case.awaiting-approval': { bureauId: string; caseId: string; version: number; operatorId: string | null; partyName: string; step: 'filing' | 'decision' };
  /** Complaints newly routed to a station other than the one they had (a route step, or an acceptance or match that moved them). */
  'complaint.routed': { bureauId: string; complaintIds: string[] };
  /** Plan entries assigned to inspectors: a month's generation at a station (one batch), or inspectors newly put on an entry. */
  'plan.assigned': {
    bureauId: string;
    batchKey: string;
    year: number;
    month: number;
    dueOn: string;
    reassigned: boolean;
    entries: { operatorId: string; inspectorIds: string[] }[];
  };
  /** A disposal (不合格处置) opened for a nonconforming sample, or acknowledged by the business (maybe with an objection). */
  'disposal.changed': { bureauId: string; disposalId: string; operatorId: string; step: 'opened' | 'acknowledged' };
  /** A listing proposed (waits for a head's approval), or a business applied for credit repair (waits for acceptance). */
  'credit.changed': { bureauId: string; operatorId: string; entryId: string; repairId: string | null; step: 'proposed' | 'repair-applied' };
  /** A consumer notice drafted: it waits for approval by someone other than its drafter. */
  'consumer-notice.drafted': { bureauId: string; noticeId: string; title: string };
};

export type TEventName = keyof TPlatformEvents;
type THandler<E extends TEventName> = (payload: TPlatformEvents[E], actor: TSessionUser | null) => Promise<void>;

export type TEventBus = {
  on<E extends TEventName>(event: E, handler: THandler<E>): void;
  /** Runs every handler in turn; a failing handler is reported and does not undo the change. */
  publish<E extends TEventName>(event: E, payload: TPlatformEvents[E], actor: TSessionUser | null): Promise<void>;
};

export function createEventBus(onError: (event: string, error: unknown) => void): TEventBus {
  const handlers = new Map<TEventName, THandler<never>[]>();
  return {
    on(event, handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler as THandler<never>]);
    },
    async publish(event, payload, actor) {
      for (const handler of handlers.get(event) ?? []) {
        try {
          await (handler as THandler<typeof event>)(payload, actor);
        } catch (error) {
          onError(event, error);
        }
      }
    },
  };
}
