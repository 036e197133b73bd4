import { getApiToken, subscribeApiToken } from '../api-token-store';
import type { SharedValues } from './share-link';

/**
 * The last requests sent from the try-it panel, newest first, kept where the API token is kept:
 * this tab (sessionStorage) by default, this device (localStorage) with "Remember on this device".
 * Never the token, never a response body: what was asked, and how it went.
 */
const storageKey = 'wingfield-try-it-history';
export const historyLimit = 20;

export interface HistoryEntry {
  id: string;
  /** When it was sent, ms since the epoch. */
  at: number;
  operationId: string;
  /** The endpoint page it was sent from, to go back to it. */
  pageUrl: string;
  method: string;
  /** The path with its parameters filled in, and the query string. */
  path: string;
  environment?: string;
  /** The environment's server variables as they were sent, when its server has some. */
  serverVariables?: Record<string, string>;
  /** The HTTP status, or undefined when no answer came (network failure, timeout). */
  status?: number;
  durationMs: number;
  /** Whether the answer was the documented one; undefined when it could not be compared. */
  matches?: boolean;
  values: SharedValues;
}

const listeners = new Set<() => void>();
let cached: HistoryEntry[] | undefined;
const empty: HistoryEntry[] = [];

function storages(): { local?: Storage; session?: Storage } {
  try {
    return { local: window.localStorage, session: window.sessionStorage };
  } catch {
    // storage disabled: the history lives for this page only
    return {};
  }
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<HistoryEntry>;
  return typeof entry.id === 'string' && typeof entry.at === 'number' && typeof entry.method === 'string' && typeof entry.path === 'string' && typeof entry.values === 'object';
}

function read(): HistoryEntry[] {
  const { local, session } = storages();
  try {
    const text = (getApiToken().remember ? local : session)?.getItem(storageKey);
    const parsed: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, historyLimit) : [];
  } catch {
    return cached ?? [];
  }
}

function write(entries: HistoryEntry[]) {
  cached = entries;
  const { local, session } = storages();
  try {
    local?.removeItem(storageKey);
    session?.removeItem(storageKey);
    if (entries.length > 0) (getApiToken().remember ? local : session)?.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // full or disabled storage: the history stays in memory for this page
  }
  for (const listener of listeners) listener();
}

export function getRequestHistory(): HistoryEntry[] {
  cached ??= read();
  return cached;
}

export function getServerRequestHistory(): HistoryEntry[] {
  return empty;
}

export function addToRequestHistory(entry: HistoryEntry) {
  write([entry, ...getRequestHistory().filter((item) => item.id !== entry.id)].slice(0, historyLimit));
}

export function clearRequestHistory() {
  write([]);
}

let followingToken = false;

/** Moves the history along with the token when "Remember on this device" changes. */
function followTokenStorage() {
  if (followingToken || typeof window === 'undefined') return;
  followingToken = true;
  let remember = getApiToken().remember;
  subscribeApiToken(() => {
    const now = getApiToken().remember;
    if (now === remember) return;
    remember = now;
    write(getRequestHistory());
  });
}

export function subscribeRequestHistory(listener: () => void): () => void {
  followTokenStorage();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
