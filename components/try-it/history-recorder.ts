'use client';
import { addToRequestHistory } from '@/lib/try-it/request-history';
import type { SharedValues } from '@/lib/try-it/share-link';
import { currentValues, type FormValues } from './request-state';

/** What the panel is sending from: the page's operation and the environment selected now. */
export interface RecorderContext {
  operationId: string;
  method: string;
  pathTemplate: string;
  environment?: string;
}

let context: RecorderContext | undefined;
let pending: { at: number; startedAt: number; values: SharedValues; context: RecorderContext } | undefined;

export function setRecorderContext(next: RecorderContext) {
  context = next;
}

/** The form's values as a shareable request: plain parameter values, no token. */
export function shareableValues(values: FormValues | undefined): SharedValues {
  const pick = (record: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      Object.entries(record ?? {}).filter(
        ([name, value]) => value !== undefined && value !== '' && name.toLowerCase() !== 'authorization',
      ),
    ) as SharedValues['path'];
  return { path: pick(values?.path), query: pick(values?.query), header: pick(values?.header), body: values?.body };
}

/** `/v1/organizations/org_123/relations?limit=10`: the template filled in, as it was called. */
export function concretePath(template: string, values: SharedValues): string {
  const path = template.replace(/\{([^}]+)\}/g, (whole, name: string) =>
    values.path[name] !== undefined ? encodeURIComponent(String(values.path[name])) : whole,
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values.query)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A request leaves the panel: remember what it was and when. */
export function beginHistoryEntry() {
  if (!context) return;
  pending = { at: Date.now(), startedAt: performance.now(), values: shareableValues(currentValues()), context };
}

/** Its answer (or failure) is shown: the entry goes into the history. */
export function finishHistoryEntry(result: { status?: number; matches?: boolean }) {
  if (!pending) return;
  const { at, startedAt, values, context: sent } = pending;
  pending = undefined;
  addToRequestHistory({
    id: `${at}-${Math.random().toString(36).slice(2, 8)}`,
    at,
    operationId: sent.operationId,
    pageUrl: window.location.pathname,
    method: sent.method,
    path: concretePath(sent.pathTemplate, values),
    environment: sent.environment,
    status: result.status,
    durationMs: Math.round(performance.now() - startedAt),
    matches: result.matches,
    values,
  });
}
