import { byClass, changesBetween, type Change } from '../changes';
import { getApiModel, type Endpoint } from '../endpoints';
import type { LinkChange, LinkChanges } from '../try-it/link-changes';
import { isParameterChange } from './change-target';
import { siteChangelog } from './site-changelog';

/** A change to this operation that a request made for it can feel: its request side, or the operation as a whole. */
function touchesRequest(change: Change, endpoint: Endpoint): boolean {
  const operation = change.location.operation;
  if (!operation || operation.method.toUpperCase() !== endpoint.method || operation.path !== endpoint.path) return false;
  return change.location.side !== 'response';
}

function linkChange(change: Change): LinkChange {
  const bodyField = change.location.field && change.location.side === 'request' && !isParameterChange(change) ? change.location.field : undefined;
  return { kind: change.kind, class: change.class, summary: change.summary, ...(bodyField && { bodyField }) };
}

/**
 * For the try-it payload: the document's version, and for each earlier release what changed in
 * this operation's request since (`changesBetween`), so that a link made for that release says
 * so. `undefined` when the document has no releases.
 */
export function operationLinkChanges(endpoint: Endpoint): LinkChanges | undefined {
  const changelog = siteChangelog();
  if (!changelog) return undefined;
  const current = getApiModel().version;
  const newest = changelog.releases[0];
  // a version not yet released is the newest release and the unreleased changes on top of it
  const released = changelog.releases.some((release) => release.version === current);
  const unreleased = released ? [] : (changelog.entries.find((entry) => !entry.release)?.changes ?? []);
  const since = (version: string) => [...(version === newest.version ? [] : changesBetween(version, released ? current : newest.version)), ...unreleased];
  return {
    current,
    since: changelog.releases
      .filter((release) => release.version !== current)
      .map((release) => ({
        version: release.version,
        changes: byClass(since(release.version).filter((change) => touchesRequest(change, endpoint))).map(linkChange),
      })),
  };
}
