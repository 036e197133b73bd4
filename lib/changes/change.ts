/**
 * What changed between two versions of the document, as the changelog, the endpoint pages, the
 * MCP tool and `npm run diff` show it.
 */

export type ChangeKind = 'added' | 'removed' | 'changed' | 'deprecated';
export type ChangeClass = 'breaking' | 'non-breaking' | 'documentation';

/** An operation as a change names it: by method and path template, as written. */
export interface OperationRef {
  method: string;
  path: string;
  operationId?: string;
}

/** A request the API sends (a webhook, or a callback of an operation), as a change names it. */
export interface EventRef {
  kind: 'webhook' | 'callback';
  /** The webhook's key, or the callback's name. */
  name: string;
  method: string;
  /** A callback's runtime expression, the URL it is sent to. */
  expression?: string;
  /** The operation that registers a callback. */
  registeredBy?: OperationRef;
}

export interface ChangeLocation {
  /** The operation the change is in, when it is in one. */
  operation?: OperationRef;
  /**
   * The webhook or callback the change is in, when it is in one. Its `side` is as the document
   * writes it: `request` for the payload the API sends, `response` for what it expects back; its
   * class is judged as the integrator who receives it meets the change.
   */
  event?: EventRef;
  /** Where in the document: a JSON pointer into the newer document (the older one for a removal). */
  pointer: string;
  /** request or response side, when it matters for the class. */
  side?: 'request' | 'response';
  /** The parameter's name or the field's dotted path (`booking.status`), for linking to its row. */
  field?: string;
  /** The response status, for a response change. */
  status?: string;
}

export interface Change {
  kind: ChangeKind;
  class: ChangeClass;
  location: ChangeLocation;
  /** One sentence, plain text with code in backticks: "`status` became required in the request body." */
  summary: string;
}

export interface Release {
  version: string;
  /** YYYY-MM-DD, from `info.x-release-date`. */
  date: string;
  /** The file it was read from, relative to the project. */
  file: string;
  /** The first release documented here: its own date is the date it was recorded. */
  first?: boolean;
}

export interface ReleaseEntry {
  /** undefined: the unreleased changes on top of the newest release. */
  release?: Release;
  previous?: Release;
  /** Breaking first. */
  changes: Change[];
}

export interface Changelog {
  /** Newest first. */
  releases: Release[];
  /** Newest first, "unreleased" first when the current document differs from the newest release. */
  entries: ReleaseEntry[];
}
