import { defaultDocumentPath, loadDocument, type LoadedDocument } from '../openapi/load-document';
import type { Change, Changelog, ReleaseEntry } from './change';
import { compareDocuments } from './compare-documents';
import { loadReleases, type LoadedRelease } from './releases';

interface Built {
  current: LoadedDocument;
  releases: LoadedRelease[];
  changelog: Changelog;
  between: Map<string, Change[]>;
}

let built: Built | undefined;

/**
 * The releases and the documents read for them, built again only when one of them is read anew
 * (the loader follows each file's modification time under `next dev`, and a release is added or
 * removed), as the model is (`getApiModel`).
 */
function getBuilt(): Built {
  const current = loadDocument();
  const releases = loadReleases(defaultDocumentPath());
  const same =
    built?.current === current &&
    built.releases.length === releases.length &&
    built.releases.every((loaded, index) => loaded.document === releases[index].document && loaded.release.date === releases[index].release.date);
  if (same && built) return built;
  const entries: ReleaseEntry[] = releases.map(({ release, document }, index) => {
    const previous = releases[index + 1];
    return { release, ...(previous && { previous: previous.release }), changes: previous ? compareDocuments(previous.document, document) : [] };
  });
  const newest = releases[0];
  if (newest) {
    const unreleased = compareDocuments(newest.document, current);
    if (unreleased.length > 0) entries.unshift({ previous: newest.release, changes: unreleased });
  }
  built = { current, releases, changelog: { releases: releases.map(({ release }) => release), entries }, between: new Map() };
  return built;
}

/**
 * The document's releases, newest first, each with what changed since the one before (breaking
 * first), and the current document's unreleased changes first when it differs from the newest
 * release. The first release documented has no changes: what came before it is not known.
 */
export function getChangelog(): Changelog {
  return getBuilt().changelog;
}

/** The releases' versions, newest first, for a message that says which exist. */
export function releaseVersions(): string[] {
  return getChangelog().releases.map((release) => release.version);
}

export class UnknownReleaseError extends Error {
  constructor(readonly version: string) {
    super(`no release ${JSON.stringify(version.slice(0, 80))}; the releases are ${releaseVersions().join(', ') || 'none'}`);
    this.name = 'UnknownReleaseError';
  }
}

/**
 * What changed from one release to another (any two, in either order: from a newer to an older
 * one is the way back), breaking first. Each pair is compared once per changelog.
 */
export function changesBetween(fromVersion: string, toVersion: string): Change[] {
  const state = getBuilt();
  const find = (version: string) => {
    const found = state.releases.find((loaded) => loaded.release.version === version);
    if (!found) throw new UnknownReleaseError(version);
    return found;
  };
  const from = find(fromVersion);
  const to = find(toVersion);
  const key = `${fromVersion}\n${toVersion}`;
  let changes = state.between.get(key);
  if (!changes) {
    const consecutive = state.changelog.entries.find((entry) => entry.release === to.release && entry.previous === from.release);
    changes = consecutive?.changes ?? compareDocuments(from.document, to.document);
    state.between.set(key, changes);
  }
  return changes;
}

export interface OperationHistory {
  /** The release that added the operation; none when it is in the first release documented. */
  added?: string;
  /** Each release that changed it after adding it, newest first, with its changes to it (breaking first). */
  changed: { version: string; changes: Change[] }[];
  /** The release that deprecated it, while it still is. */
  deprecated?: string;
}

const isOperationItself = (change: Change, method: string, path: string) => {
  const { operation, pointer } = change.location;
  if (!operation || operation.method !== method || operation.path !== path) return undefined;
  const rest = pointer.split('/').slice(4);
  return rest.length === 0 ? 'operation' : rest.length === 1 && rest[0] === 'deprecated' ? 'deprecated' : 'part';
};

/**
 * What the releases did to one operation (by method and path template, as written): the release
 * that added it, those that changed it and the one that deprecated it. Unreleased changes are not
 * in it: the history is of releases.
 */
export function operationHistory(method: string, path: string): OperationHistory {
  const upper = method.toUpperCase();
  const history: OperationHistory = { changed: [] };
  const released = getChangelog().entries.filter((entry) => entry.release !== undefined);
  // oldest first, so that a later release overrides what an earlier one said
  for (const entry of [...released].reverse()) {
    const version = entry.release!.version;
    const changes = entry.changes.filter((change) => isOperationItself(change, upper, path) !== undefined);
    if (changes.length === 0) continue;
    for (const change of changes) {
      const what = isOperationItself(change, upper, path);
      if (what === 'operation' && change.kind === 'added') history.added = version;
      if (what === 'operation' && change.kind === 'removed') history.added = undefined;
      if (change.kind === 'deprecated' && what === 'deprecated') history.deprecated = version;
      if (what === 'deprecated' && change.kind !== 'deprecated') history.deprecated = undefined;
    }
    const changed = changes.filter((change) => !(change.kind === 'added' && isOperationItself(change, upper, path) === 'operation'));
    if (changed.length > 0) history.changed.unshift({ version, changes: changed });
  }
  return history;
}
