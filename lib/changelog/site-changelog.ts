import { byClass, changesBetween, getChangelog, type Changelog, type Release } from '../changes';
import { getApiModel } from '../endpoints';
import { changelogIntro, changelogView, changeView, entryView, findEntry, tallyOf, type ChangeView, type EntryView } from './changelog-view';

/** The document's changelog, or `undefined` when it has no releases (no `releases/` folder beside it): no changelog pages then. */
export function siteChangelog(): Changelog | undefined {
  const changelog = getChangelog();
  return changelog.releases.length > 0 ? changelog : undefined;
}

/** The changelog page's intro and entries, for its HTML page, its Markdown twin and the feed. */
export function changelogEntries(): { changelog: Changelog; intro: string; entries: EntryView[] } {
  const changelog = siteChangelog() ?? { releases: [], entries: [] };
  return { changelog, intro: changelogIntro(changelog), entries: changelogView(changelog, getApiModel()) };
}

/** The entry of one release, by its version; `undefined` for a version that is not a release. */
export function releaseEntry(version: string): EntryView | undefined {
  const changelog = siteChangelog();
  const entry = changelog && findEntry(changelog, version);
  return entry && entryView(entry, getApiModel());
}

/** The compare view of two releases, older first: every change from one to the other, breaking first. */
export function compareEntries(from: Release, to: Release): { tally: string; changes: ChangeView[] } {
  const model = getApiModel();
  const changes = byClass(changesBetween(from.version, to.version)).map((change) => changeView(change, model));
  return { tally: tallyOf(changes), changes };
}
