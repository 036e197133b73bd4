import type { ChangeClass, ChangeKind } from '../changes/change';

/*
 * What a shared link made for an earlier release needs to know of the changes since: carried in
 * the operation's try-it payload, read in the browser. No server code: the panel imports it.
 */

/** A change to the request of one operation, as the panel tells it. */
export interface LinkChange {
  kind: ChangeKind;
  class: ChangeClass;
  /** Plain text with `code` in backticks. */
  summary: string;
  /** The body field it is about (dotted path), when it is one: a removed one is dropped from a link's body. */
  bodyField?: string;
}

/** The document's version now, and for each earlier release the changes to this operation's request since then. */
export interface LinkChanges {
  current: string;
  since: { version: string; changes: LinkChange[] }[];
}

/** What a link made for an earlier release found changed, and what of it was left out. */
export interface StaleLink {
  /** The release the link was made for: one of the releases in {@link LinkChanges}, never the link's own text. */
  version: string;
  current: string;
  changes: LinkChange[];
  /** What the link set that this endpoint no longer has: "query parameter `status`", "body field `notes`". */
  dropped: string[];
}

/** What a version read from a link is: the current one, a known earlier release, or unknown (whatever it says). */
export function linkVersion(
  version: unknown,
  changes: LinkChanges | undefined,
): { known: 'current' } | { known: 'earlier'; version: string; changes: LinkChange[] } | { known: 'unknown' } | undefined {
  if (version === undefined) return undefined;
  if (typeof version !== 'string' || !changes) return { known: 'unknown' };
  if (version === changes.current) return { known: 'current' };
  const earlier = changes.since.find((release) => release.version === version);
  return earlier ? { known: 'earlier', version: earlier.version, changes: earlier.changes } : { known: 'unknown' };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A link's body without the fields that were removed since its release (each named), as far as
 * they are objects' properties: `booking.notes` leaves `booking` without `notes`. A copy.
 */
export function withoutRemovedFields(body: unknown, changes: LinkChange[]): { body: unknown; dropped: string[] } {
  const copy: unknown = structuredClone(body);
  const dropped: string[] = [];
  for (const change of changes) {
    if (change.kind !== 'removed' || !change.bodyField) continue;
    const steps = change.bodyField.replaceAll('[]', '').split('.');
    let holder: unknown = copy;
    for (const step of steps.slice(0, -1)) holder = isObject(holder) && Object.hasOwn(holder, step) ? holder[step] : undefined;
    const last = steps.at(-1)!;
    if (isObject(holder) && Object.hasOwn(holder, last)) {
      delete holder[last];
      dropped.push(`body field \`${change.bodyField}\``);
    }
  }
  return { body: copy, dropped };
}
