import { getChangelog, type Change, type ReleaseEntry } from '../changes';
import { eventSubject } from '../changes/event-changes';
import { findEventPage } from '../changelog/change-target';
import { getApiModel } from '../endpoints';
import { closestMatches } from './closest-matches';
import { maxAnswerCharacters } from './cut-answer';
import { quoted, ToolArgumentError } from './tool-arguments';

/** Where the whole changelog is, for a note; the pages' own path. */
export const changelogPath = '/partner-api/changelog';

export interface ListedChange {
  class: Change['class'];
  kind: Change['kind'];
  summary: string;
  /** `POST /v1/bookings`, when the change is in an operation. */
  operation?: string;
  operationId?: string;
  /** `webhook bookingCreated`, `callback onPaid of POST /payments`, when the change is in a request the API sends. */
  event?: string;
  side?: 'request' | 'response';
  status?: string;
  field?: string;
  pointer: string;
  /** The operation's or event's page, while it exists. */
  url?: string;
}

export interface ListedRelease {
  /** A release's version, or `unreleased` for the current document's changes on top of the newest. */
  version: string;
  date?: string;
  /** The first release documented: what came before it is not known. */
  first?: boolean;
  changes: ListedChange[];
}

export interface ChangeList {
  releases: ListedRelease[];
  /** How many changes matched, listed or not. */
  total: number;
  note: string;
}

export interface ListChangesOptions {
  since?: string;
  operationId?: string;
}

const count = (value: number) => value.toLocaleString('en-US');
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What the answer's changes may add up to, in characters of JSON, below {@link maxAnswerCharacters}. */
const listCharacters = maxAnswerCharacters - 2_000;

function listed(change: Change, origin: string, pages: Map<string, string>): ListedChange {
  const { operation, event, side, status, field, pointer } = change.location;
  const key = operation && `${operation.method} ${operation.path}`;
  const url = key ? pages.get(key) : event && findEventPage(getApiModel(), event)?.url;
  return {
    class: change.class,
    kind: change.kind,
    // the document's texts are anyone's: a summary quotes names, each cut to 80 characters
    summary: cut(change.summary, 600),
    ...(key && { operation: cut(key, 1_000) }),
    ...(operation?.operationId !== undefined && { operationId: cut(operation.operationId, 1_000) }),
    ...(event && { event: cut(eventSubject(event), 1_000) }),
    ...(side && { side }),
    ...(status && { status: cut(status, 20) }),
    ...(field && { field: cut(field, 300) }),
    pointer: cut(pointer, 1_000),
    ...(url && { url: origin + url }),
  };
}

/** The releases newer than `since` (the unreleased changes included), or all of them. */
function entriesSince(entries: readonly ReleaseEntry[], since: string | undefined): ReleaseEntry[] {
  if (since === undefined) return [...entries];
  const wanted = since.trim().replace(/^v(?=\d)/, '');
  const index = entries.findIndex((entry) => entry.release?.version === wanted);
  if (index === -1) {
    const versions = entries.flatMap((entry) => (entry.release ? [entry.release.version] : []));
    const close = closestMatches(wanted, versions);
    throw new ToolArgumentError('since', `no release ${quoted(since)}`, close.length > 0 ? close : versions, close.length > 0 ? 'Closest releases' : 'Releases');
  }
  return entries.slice(0, index);
}

/**
 * `list_changes`: the classified changes of each release, newest first and breaking first within
 * one; those after `since`, of one operation (`operationId`, which may be one since removed), or
 * all. An answer over {@link maxAnswerCharacters} ends at a whole change, with a note saying so.
 */
export function listChanges({ since, operationId }: ListChangesOptions, origin: string): ChangeList {
  const { entries, releases } = getChangelog();
  const model = getApiModel();
  const pages = new Map(model.endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint.url]));
  let selected = entriesSince(entries, since);
  let wanted: string | undefined;
  if (operationId !== undefined) {
    wanted = operationId.trim();
    const byKey = model.byKey.get(wanted);
    const current = byKey ? `${byKey.method} ${byKey.path}` : undefined;
    const ofOperation = (change: Change) => {
      const operation = change.location.operation;
      return operation !== undefined && (operation.operationId === wanted || (current !== undefined && `${operation.method} ${operation.path}` === current));
    };
    const known = current !== undefined || entries.some((entry) => entry.changes.some(ofOperation));
    if (!known) {
      const ids = [...new Set([...model.endpoints.map((endpoint) => endpoint.key), ...entries.flatMap((entry) => entry.changes.flatMap((change) => change.location.operation?.operationId ?? []))])];
      const close = closestMatches(wanted, ids);
      throw close.length > 0
        ? new ToolArgumentError('operationId', `no operation ${quoted(operationId)}`, close, 'Closest operationIds')
        : new ToolArgumentError('operationId', `no operation ${quoted(operationId)}`, ids, 'Known operationIds', 'list_endpoints lists them all.');
    }
    selected = selected.map((entry) => ({ ...entry, changes: entry.changes.filter(ofOperation) })).filter((entry) => entry.changes.length > 0);
  }
  const total = selected.reduce((sum, entry) => sum + entry.changes.length, 0);
  const answer: ListedRelease[] = [];
  let characters = 0;
  let shown = 0;
  let full = false;
  for (const entry of selected) {
    if (full) break;
    const release: ListedRelease = {
      version: entry.release?.version ?? 'unreleased',
      ...(entry.release && { date: entry.release.date }),
      ...(entry.release?.first && { first: true }),
      changes: [],
    };
    characters += JSON.stringify(release, null, 2).length;
    for (const change of entry.changes) {
      const item = listed(change, origin, pages);
      // as the answer writes it: each line indented three levels deeper, and a comma
      const written = JSON.stringify(item, null, 2);
      characters += written.length + written.split('\n').length * 6 + 2;
      if (shown > 0 && characters > listCharacters) {
        full = true;
        break;
      }
      release.changes.push(item);
      shown++;
    }
    if (release.changes.length > 0 || entry.changes.length === 0) answer.push(release);
  }
  const what = `${wanted !== undefined ? ` to ${quoted(wanted)}` : ''}${since !== undefined ? ` since ${since.trim()}` : ''}`;
  const note =
    releases.length === 0
      ? 'No releases are recorded yet, so there are no changes to list.'
      : total === 0
        ? `No changes${what}.`
        : shown < total
          ? `Cut: the newest ${count(shown)} of ${count(total)} changes${what}. Pass since (a release's version) for fewer, or read ${origin}${changelogPath}.`
          : `All ${count(total)} changes${what}, newest release first, breaking changes first within each.`;
  return { releases: answer, total, note };
}
