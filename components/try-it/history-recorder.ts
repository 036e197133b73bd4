'use client';
import { addToRequestHistory } from '@/lib/try-it/request-history';
import { withoutFiles } from '@/lib/try-it/file-parts';
import { isCredentialParameter, type CredentialParameter, type SharedValues } from '@/lib/try-it/share-link';
import { currentValues, type FormValues } from './request-state';

/** What the panel is sending from: the page's operation and the environment selected now. */
export interface RecorderContext {
  operationId: string;
  method: string;
  environment?: string;
  serverVariables?: Record<string, string>;
  credentials: CredentialParameter[];
}

let context: RecorderContext | undefined;
let pending: { at: number; startedAt: number; values: SharedValues; context: RecorderContext } | undefined;

export function setRecorderContext(next: RecorderContext) {
  context = next;
}

/** The form's values as a shareable request: plain parameter values, no token, no credential of any kind, no file. */
export function shareableValues(values: FormValues | undefined, credentials: CredentialParameter[] = context?.credentials ?? []): SharedValues {
  const pick = (location: 'path' | 'query' | 'header', record: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      Object.entries(record ?? {}).filter(
        ([name, value]) => value !== undefined && value !== '' && !isCredentialParameter(location, name, credentials),
      ),
    ) as SharedValues['path'];
  return { path: pick('path', values?.path), query: pick('query', values?.query), header: pick('header', values?.header), body: withoutFiles(values?.body) as SharedValues['body'] };
}

/**
 * `/v1/organizations/org_123/relations?limit=10`: the path and query of the URL a request went
 * to, as it went. `url` is what the browser called: through the proxy (`proxyUrl`), the target
 * is the proxy's `url` parameter.
 */
export function sentPath(url: string, proxyUrl?: string): string | undefined {
  try {
    const called = new URL(url);
    const proxy = proxyUrl === undefined ? undefined : new URL(proxyUrl, called.origin);
    const target = proxy && called.origin === proxy.origin && called.pathname === proxy.pathname ? called.searchParams.get('url') : url;
    if (!target) return undefined;
    const sent = new URL(target);
    return sent.pathname + sent.search;
  } catch {
    return undefined;
  }
}

/** A request leaves the panel: remember what it was and when. */
export function beginHistoryEntry() {
  if (!context) return;
  pending = { at: Date.now(), startedAt: performance.now(), values: shareableValues(currentValues()), context };
}

export interface HistoryResult {
  url: string;
  proxyUrl?: string;
  status?: number;
  matches?: boolean;
}

/** Its answer (or failure) is shown: the entry goes into the history, with the URL it went to. */
export function finishHistoryEntry(result: HistoryResult) {
  holdHistoryEntry()(result);
}

/**
 * Takes the request that left last, to be entered when its answer is complete: a stream of
 * events is, only when it ends, and by then another request may have left.
 */
export function holdHistoryEntry(): (result: HistoryResult) => void {
  const held = pending;
  pending = undefined;
  return (result) => {
    if (held) record(held, result);
  };
}

function record({ at, startedAt, values, context: sent }: NonNullable<typeof pending>, result: HistoryResult) {
  const path = sentPath(result.url, result.proxyUrl);
  if (path === undefined) return;
  addToRequestHistory({
    id: `${at}-${Math.random().toString(36).slice(2, 8)}`,
    at,
    operationId: sent.operationId,
    pageUrl: window.location.pathname,
    method: sent.method,
    path,
    environment: sent.environment,
    ...(sent.serverVariables ? { serverVariables: sent.serverVariables } : {}),
    status: result.status,
    durationMs: Math.round(performance.now() - startedAt),
    matches: result.matches,
    values,
  });
}
