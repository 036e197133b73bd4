import { byClass, operationHistory } from '../changes';
import type { Endpoint } from '../endpoints';
import { getApiModel } from '../endpoints';
import { changeView, type ChangeView } from './changelog-view';
import { siteChangelog } from './site-changelog';
import { changelogUrl, entryId, releaseUrl } from './urls';

/** A release as an endpoint page names it: its version and where its changes are. */
export interface ReleaseLink {
  version: string;
  url: string;
}

/** What the changelog says of one operation, on its page and in its Markdown twin. */
export interface OperationHistoryView {
  /** The release that added it; none when it is in the first release documented here. */
  added?: ReleaseLink;
  /** The release that deprecated it. */
  deprecated?: ReleaseLink;
  /** Newest first: each release that changed it, with those changes, breaking first. */
  changed: (ReleaseLink & { changes: ChangeView[] })[];
}

function releaseLink(version: string): ReleaseLink {
  const released = siteChangelog()?.releases.some((release) => release.version === version);
  return { version, url: released ? releaseUrl(version) : `${changelogUrl}#${entryId(undefined)}` };
}

/** The site's operation's history from the changelog; `undefined` when there is nothing to say (no releases, or no change since the first). */
export function operationHistoryView(endpoint: Endpoint): OperationHistoryView | undefined {
  // the releases are the site's document's: an operation of another model (a test's, a check's) has none of them
  const model = getApiModel();
  if (model.byKey.get(endpoint.key) !== endpoint || !siteChangelog()) return undefined;
  const history = operationHistory(endpoint.method, endpoint.path);
  const view: OperationHistoryView = {
    ...(history.added && { added: releaseLink(history.added) }),
    ...(history.deprecated && { deprecated: releaseLink(history.deprecated) }),
    changed: history.changed
      .filter((entry) => entry.changes.length > 0)
      .map((entry) => ({ ...releaseLink(entry.version), changes: byClass(entry.changes).map((change) => changeView(change, model)) })),
  };
  return view.added || view.deprecated || view.changed.length > 0 ? view : undefined;
}
