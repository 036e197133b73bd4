import type { StreamEnd, StreamEvent } from './event-stream';

/**
 * How many events the panel keeps of one stream: a stream may run as long as the proxy's time
 * limit allows, and the page must not grow with it. Earlier events are dropped, and counted.
 */
export const keptEventCount = 200;

export interface LoggedEvent extends StreamEvent {
  /** 1 for the first event of the stream. */
  number: number;
}

/** The events of one stream as the panel shows them: the last ones, and counts of all of them. */
export interface EventLog {
  events: LoggedEvent[];
  total: number;
  /** Events whose data differs from its schema. */
  mismatched: number;
  /** Events checked against a schema. */
  checked: number;
}

export const emptyEventLog: EventLog = { events: [], total: 0, mismatched: 0, checked: 0 };

export function appendEvent(log: EventLog, event: StreamEvent, keep = keptEventCount): EventLog {
  const total = log.total + 1;
  const events = [...log.events, { ...event, number: total }];
  return {
    events: events.length > keep ? events.slice(events.length - keep) : events,
    total,
    checked: log.checked + (event.conformance ? 1 : 0),
    mismatched: log.mismatched + (event.conformance && !event.conformance.matches ? 1 : 0),
  };
}

const count = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/** `15 s` from the proxy's closing comment: how long its limit was. */
function limitOf(note: string): string | undefined {
  return /\((\d+ m?s)\)/.exec(note)?.[1];
}

/** The status line: still streaming, or how it ended, with the number of events. */
export function describeStream(log: EventLog, end: StreamEnd | undefined): string {
  const events = count(log.total);
  const status = (() => {
    switch (end?.reason) {
      case undefined:
        return `Streaming: ${events} so far`;
      case 'ended':
        return `Ended by the API after ${events}`;
      case 'stopped':
        return `Stopped by you after ${events}`;
      case 'time-limit': {
        const limit = limitOf(end.note);
        return `Ended at the proxy's time limit${limit ? ` (${limit})` : ''} after ${events}`;
      }
      case 'failed':
        return `Broke off after ${events}: ${end.message}`;
    }
  })();
  const dropped = log.total - log.events.length;
  return dropped > 0 ? `${status}. Showing the last ${log.events.length}; the ${count(dropped)} before them are not kept.` : `${status}.`;
}

/** Whether the stream matched its documentation: every event checked did, one did not, or nothing was checked. */
export function streamMatches(log: EventLog): boolean | undefined {
  if (log.checked === 0) return undefined;
  return log.mismatched === 0;
}
