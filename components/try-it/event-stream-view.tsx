'use client';
import { useSyncExternalStore } from 'react';
import { describeStream } from '@/lib/try-it/event-stream-log';
import type { EventStreamWatch } from '@/lib/try-it/event-stream-watch';
import { ConformanceBadge } from './conformance-badge';

function pretty(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

export interface EventStreamViewProps {
  watch: EventStreamWatch;
  /** Whether there is a schema to check each event's data against. */
  checked: boolean;
}

/** A `text/event-stream` answer as it arrives: each event's name, id and data with its mark, a status line, and Stop. */
export function EventStreamView({ watch, checked }: EventStreamViewProps) {
  const { log, end } = useSyncExternalStore(watch.subscribe, watch.getSnapshot, watch.getSnapshot);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="m-0 font-medium">
          {describeStream(log, end)}
        </p>
        {!end && (
          <button type="button" onClick={watch.stop} className="rounded-md border border-rose-600/50 px-2 py-1 text-xs hover:bg-fd-accent">
            Stop
          </button>
        )}
      </div>
      {!checked && <p className="m-0 text-xs text-fd-muted-foreground">The documentation gives no schema for these events: they are shown unchecked.</p>}
      {log.events.length > 0 && (
        // it scrolls: it takes focus so that keyboard users can scroll it, named for screen readers
        <ol
          tabIndex={0}
          aria-label="Events"
          className="m-0 flex max-h-96 list-none flex-col gap-2 overflow-auto rounded-lg border bg-fd-secondary p-2 text-xs focus-visible:ring-2 focus-visible:ring-fd-ring focus-visible:outline-none"
        >
          {log.events.map((event) => (
            <li key={event.number} aria-label={`Event ${event.number}`} className="flex flex-col gap-1 rounded-md border bg-fd-card p-2">
              <dl className="m-0 flex flex-wrap gap-x-4 gap-y-1 font-mono">
                <div className="flex gap-1">
                  <dt className="text-fd-muted-foreground">event</dt>
                  {/* no `event:` field: the format's default name */}
                  <dd className="m-0">{event.event ?? 'message'}</dd>
                </div>
                {event.id !== undefined && (
                  <div className="flex gap-1">
                    <dt className="text-fd-muted-foreground">id</dt>
                    <dd className="m-0">{event.id}</dd>
                  </div>
                )}
              </dl>
              <pre className="m-0 whitespace-pre-wrap break-all">
                <code>{pretty(event.data)}</code>
              </pre>
              <ConformanceBadge conformance={event.conformance} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
