import { byClass, type Change, type ChangeClass, type ChangeKind, type Changelog, type Release, type ReleaseEntry } from '../changes';
import type { ApiModel } from '../endpoints';
import { counted } from '../inline-text';
import { changeTarget, type ChangeTarget } from './change-target';
import { compareUrl, entryId, releaseUrl } from './urls';

/*
 * What the changelog's pages say, built once from the changelog and the model: the HTML pages
 * (`components/changes`), their Markdown twins and the feed all draw from these records.
 */

export { classLabels, kindLabels } from './labels';

const classOrder: ChangeClass[] = ['breaking', 'non-breaking', 'documentation'];

export interface ChangeView {
  kind: ChangeKind;
  class: ChangeClass;
  /** Plain text with `code` in backticks, as the engine writes it. */
  summary: string;
  target?: ChangeTarget;
}

export interface EntryView {
  /** The section's id on the changelog page. */
  id: string;
  /** "2.0.0", or "Unreleased". */
  title: string;
  release?: Release;
  previous?: Release;
  /** The release's own page. */
  url?: string;
  /** The compare view from the previous release to this one. */
  compareUrl?: string;
  /** What the entry is, in one line: "2 breaking changes, 1 non-breaking change." */
  tally: string;
  /** Said of the first release documented here, and of an entry without changes. */
  note?: string;
  /** Breaking first, then non-breaking, then documentation (`byClass`). */
  changes: ChangeView[];
}

/** "2 breaking changes, 1 non-breaking change and 1 documentation change", or "No changes". */
export function tallyOf(changes: { class: ChangeClass }[]): string {
  const parts = classOrder.flatMap((name) => {
    const n = changes.filter((change) => change.class === name).length;
    return n === 0 ? [] : [`${counted(n, `${name === 'documentation' ? 'documentation' : name} change`)}`];
  });
  if (parts.length === 0) return 'No changes.';
  const last = parts.pop();
  return `${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

export function changeView(change: Change, model: ApiModel): ChangeView {
  return { kind: change.kind, class: change.class, summary: change.summary, target: changeTarget(change, model) };
}

/** The first release documented here has no earlier one to compare with. */
export function firstReleaseNote(release: Release): string {
  return `The first release documented here, recorded on ${release.date}; earlier changes to the API are not listed.`;
}

export function entryView(entry: ReleaseEntry, model: ApiModel): EntryView {
  const { release, previous } = entry;
  const changes = byClass(entry.changes).map((change) => changeView(change, model));
  const first = release?.first || (release && !previous);
  const note =
    first && release
      ? firstReleaseNote(release)
      : changes.length === 0
        ? 'No change to the operations, their parameters, bodies or responses.'
        : undefined;
  return {
    id: entryId(release?.version),
    title: release?.version ?? 'Unreleased',
    ...(release && { release, url: releaseUrl(release.version) }),
    ...(previous && { previous }),
    ...(release && previous && { compareUrl: compareUrl(previous.version, release.version) }),
    // what came before the first release is not known: it has no changes to count
    tally: first ? 'The first release documented here.' : tallyOf(changes),
    ...(note && { note }),
    changes,
  };
}

/** The changelog's entries, newest first, "Unreleased" first when there is one. */
export function changelogView(changelog: Changelog, model: ApiModel): EntryView[] {
  return changelog.entries.map((entry) => entryView(entry, model));
}

/** The entry of one release, by its version. */
export function findEntry(changelog: Changelog, version: string): ReleaseEntry | undefined {
  return changelog.entries.find((entry) => entry.release?.version === version);
}

/** Every pair of releases, older first, for the compare view: `[from, to]`. */
export function releasePairs(changelog: Changelog): [Release, Release][] {
  // releases are newest first: a pair is an older one and a newer one
  return changelog.releases.flatMap((newer, index) => changelog.releases.slice(index + 1).map((older): [Release, Release] => [older, newer]));
}

/**
 * The two releases of a compare view's URL segment, `1.0.0...2.0.0`: both must be releases, the
 * first older than the second. Anything else is no page (a 404), and is never shown back.
 */
export function parseCompareRange(range: string, changelog: Changelog): [Release, Release] | undefined {
  const parts = range.split('...');
  if (parts.length !== 2) return undefined;
  const [from, to] = parts.map((part) => changelog.releases.findIndex((release) => release.version === part));
  // newest first: the older release has the greater index
  if (from < 0 || to < 0 || from <= to) return undefined;
  return [changelog.releases[from], changelog.releases[to]];
}

/** What the changelog page says before its releases. */
export function changelogIntro(changelog: Changelog): string {
  const releases = counted(changelog.releases.length, 'release');
  return `${releases} of the API, newest first, with every change to its operations classified: breaking (an integration written for the earlier release may stop working), non-breaking, or documentation only. In each release, breaking changes come first.`;
}
