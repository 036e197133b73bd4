'use client';
import { useSyncExternalStore } from 'react';
import {
  clearRequestHistory,
  getRequestHistory,
  getServerRequestHistory,
  historyLimit,
  subscribeRequestHistory,
  type HistoryEntry,
} from '@/lib/try-it/request-history';
import { encodeShareFragment } from '@/lib/try-it/share-link';
import { loadRequest } from './request-state';
import { useTryIt } from './try-it-context';
import { useEnvironment } from './use-environment';

export function useRequestHistory(): HistoryEntry[] {
  return useSyncExternalStore(subscribeRequestHistory, getRequestHistory, getServerRequestHistory);
}

function verdict(entry: HistoryEntry): string {
  if (entry.matches === true) return 'matches the documentation';
  if (entry.matches === false) return 'differs from the documentation';
  return 'not compared';
}

function EntryText({ entry }: { entry: HistoryEntry }) {
  const time = new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <>
      <time dateTime={new Date(entry.at).toISOString()} className="text-fd-muted-foreground">
        {time}
      </time>{' '}
      <span className="font-semibold">{entry.method}</span> <code className="break-all">{entry.path}</code>{' '}
      <span>{entry.status ?? 'no answer'}</span> <span>{entry.durationMs} ms</span>{' '}
      <span className={entry.matches === false ? 'text-rose-700 dark:text-rose-300' : entry.matches ? 'text-emerald-700 dark:text-emerald-300' : ''}>
        {entry.matches === true ? '✓ ' : entry.matches === false ? '✗ ' : ''}
        {verdict(entry)}
      </span>
    </>
  );
}

/** The last requests sent from this tab; one of this endpoint loads back into the panel, another opens its page with it. */
export function RequestHistory() {
  const entries = useRequestHistory();
  const { key: operationId } = useTryIt();
  const { select } = useEnvironment();

  function load(entry: HistoryEntry) {
    select(entry.environment, entry.serverVariables);
    loadRequest(entry.values, 'history');
  }

  return (
    <section aria-labelledby="try-it-history" className="flex flex-col gap-2 rounded-lg border p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h4 id="try-it-history" className="m-0 text-xs font-semibold uppercase tracking-wide text-fd-muted-foreground">
          Recent requests ({entries.length})
        </h4>
        {entries.length > 0 && (
          <button type="button" onClick={clearRequestHistory} className="ms-auto rounded-md border px-2 py-1 text-xs hover:bg-fd-accent">
            Clear history
          </button>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="m-0 text-xs text-fd-muted-foreground">
          The last {historyLimit} requests you send from this tab show here, without your token or the answers&apos; bodies.
        </p>
      ) : (
        <ol aria-label="Request history" className="m-0 flex list-none flex-col gap-1 p-0 text-xs">
          {entries.map((entry) => (
            <li key={entry.id}>
              {entry.operationId === operationId ? (
                <button type="button" onClick={() => load(entry)} className="w-full rounded-md px-2 py-1 text-start hover:bg-fd-accent">
                  <EntryText entry={entry} />
                </button>
              ) : (
                <a
                  href={`${entry.pageUrl}${encodeShareFragment({ operationId: entry.operationId, environment: entry.environment, serverVariables: entry.serverVariables, values: entry.values })}`}
                  className="block rounded-md px-2 py-1 no-underline hover:bg-fd-accent"
                >
                  <EntryText entry={entry} />
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
