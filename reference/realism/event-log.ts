// The record of what each accepted write would have set off in a real Twenty:
// one database event per record (`<object>.created|updated|deleted|destroyed|
// restored`, as Twenty's entity-events listener emits them), with the webhooks
// (`CallWebhookJobsJob` matches `<object>.<op>`, `*.<op>`, `<object>.*`, `*.*`)
// and the active workflow DATABASE_EVENT triggers each event would fire. Nothing
// is sent anywhere: the self-test reads the record (GET /_reference/events, or
// the JSON lines of --events-file) to prove which objects a run wrote.
import { appendFileSync } from 'node:fs';
import type { Subscriptions } from '../datamodel/types.ts';
import type { WriteOperation } from './write-refusals.ts';

export type EventOperation = 'created' | 'updated' | 'deleted' | 'destroyed' | 'restored';

export interface RecordEvent {
  /** 1, 2, 3… in the order the writes committed. */
  seq: number;
  /** nameSingular, as in Twenty's event names. */
  object: string;
  operation: EventOperation;
  recordId: string;
  /** Ids of the webhooks this event would be posted to. */
  webhooks: string[];
  /** Ids of the workflow triggers this event would start. */
  workflowTriggers: string[];
}

export const EVENT_OF: Readonly<Record<WriteOperation, EventOperation>> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  destroy: 'destroyed',
  restore: 'restored',
};

export const NO_SUBSCRIPTIONS: Subscriptions = { webhooks: [], workflowTriggers: [] };

/** Does a webhook operation pattern (`person.created`, `*.created`, `person.*`, `*.*`) match an event name? */
export function operationMatches(pattern: string, object: string, operation: EventOperation): boolean {
  const [patternObject, patternOperation] = pattern.split('.');
  return (patternObject === '*' || patternObject === object) && (patternOperation === '*' || patternOperation === operation);
}

/** The ids of every record a write's answer holds (a record, a list of records, {id} or [{id}]). */
export function recordIdsOf(result: unknown): string[] {
  const items = Array.isArray(result) ? result : [result];
  return items.flatMap((item) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []));
}

export class EventLog {
  private readonly recorded: RecordEvent[] = [];

  constructor(
    readonly subscriptions: Subscriptions = NO_SUBSCRIPTIONS,
    /** Each event is also appended to this file as one JSON line. */
    private readonly file?: string,
  ) {}

  record(object: string, operation: EventOperation, recordIds: readonly string[]): RecordEvent[] {
    const events = recordIds.map((recordId) => ({
      seq: this.recorded.length + 1,
      object,
      operation,
      recordId,
      webhooks: this.subscriptions.webhooks.filter((hook) => hook.operations.some((pattern) => operationMatches(pattern, object, operation))).map((hook) => hook.id),
      workflowTriggers: this.subscriptions.workflowTriggers.filter((trigger) => trigger.eventName === `${object}.${operation}`).map((trigger) => trigger.id),
    }));
    for (const event of events) {
      event.seq = this.recorded.length + 1;
      this.recorded.push(event);
    }
    if (this.file !== undefined && events.length > 0) appendFileSync(this.file, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
    return events;
  }

  events(): readonly RecordEvent[] {
    return this.recorded;
  }
}
