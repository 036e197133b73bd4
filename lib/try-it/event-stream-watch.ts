import type { CompiledValidator } from './compiled-validator';
import { readEventStream, type StreamEnd } from './event-stream';
import type { LiveEventStream } from './event-stream-fetch';
import { appendEvent, emptyEventLog, keptEventCount, type EventLog } from './event-stream-log';

export interface EventStreamSnapshot {
  log: EventLog;
  /** How it ended; none while it streams. */
  end?: StreamEnd;
}

/** One stream being read, for a view to subscribe to (`useSyncExternalStore`). */
export interface EventStreamWatch {
  getSnapshot: () => EventStreamSnapshot;
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

export interface EventStreamWatchOptions {
  validate?: CompiledValidator;
  /** The answer's `X-Proxy-Stream-Mark`. */
  timeLimitMark?: string | null;
  onEnd?: (snapshot: Required<EventStreamSnapshot>) => void;
  keep?: number;
}

const watches = new WeakMap<LiveEventStream, EventStreamWatch>();

/**
 * Reads a stream once, however often its view mounts, and keeps its last events. When the last
 * view unsubscribes and none comes back in the same turn (a remount), the stream is stopped: a
 * cleared or replaced answer does not keep a connection to the API open.
 */
export function watchEventStream(live: LiveEventStream, options: () => EventStreamWatchOptions): EventStreamWatch {
  const existing = watches.get(live);
  if (existing) return existing;
  const { validate, timeLimitMark, onEnd, keep = keptEventCount } = options();
  let snapshot: EventStreamSnapshot = { log: emptyEventLog };
  const listeners = new Set<() => void>();
  const publish = (next: EventStreamSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  void readEventStream(live.body, {
    validate,
    timeLimitMark,
    signal: live.signal,
    onEvent: (event) => publish({ ...snapshot, log: appendEvent(snapshot.log, event, keep) }),
    onEnd: (end) => {
      publish({ ...snapshot, end });
      onEnd?.({ log: snapshot.log, end });
    },
  });
  const watch: EventStreamWatch = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        setTimeout(() => {
          if (listeners.size === 0) live.stop();
        }, 0);
      };
    },
    stop: live.stop,
  };
  watches.set(live, watch);
  return watch;
}
