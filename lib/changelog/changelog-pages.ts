import type { StructuredData } from 'fumadocs-core/mdx-plugins/remark-structure';
import type { Changelog, ReleaseEntry } from '../changes/change';
import type { ApiModel } from '../endpoints';
import { changelogIntro, entryView } from './changelog-view';
import { changelogUrl } from './urls';

/** The changelog page's title, in the navigation and its `h1`. */
export const changelogTitle = 'Changelog';

/** A release page's title: "Release 2.0.0". */
export const releaseTitle = (version: string) => `Release ${version}`;

/** What search finds of a release: its changes' sentences, and the operations they are in. */
function releaseContents(entry: ReleaseEntry, model: ApiModel): StructuredData['contents'] {
  return entryView(entry, model).changes.map((change) => ({
    heading: undefined,
    content: change.target ? `${change.summary} (${change.target.operation})` : change.summary,
  }));
}

/**
 * The changelog's pages in the site's source: the changelog itself at `/partner-api/changelog`
 * and one page per release below it, in the navigation, the sitemap, llms.txt and search. The
 * compare view is not among them: one page per pair of releases would crowd all four.
 */
export function changelogFiles(changelog: Changelog, model: ApiModel) {
  const folder = changelogUrl.slice(1);
  const released = changelog.entries.filter((entry): entry is ReleaseEntry & { release: NonNullable<ReleaseEntry['release']> } => !!entry.release);
  return [
    {
      type: 'meta' as const,
      path: `${folder}/meta.json`,
      data: { title: changelogTitle, defaultOpen: false, pages: released.map((entry) => entry.release.version) },
    },
    {
      type: 'page' as const,
      path: `${folder}/index.json`,
      slugs: folder.split('/'),
      data: {
        kind: 'changelog' as const,
        title: changelogTitle,
        description: `What changed in each release of the API, newest first, breaking changes marked. Newest: ${changelog.releases[0].version} (${changelog.releases[0].date}).`,
        structuredData: {
          headings: [],
          contents: [
            { heading: undefined, content: changelogIntro(changelog) },
            ...changelog.entries.flatMap((entry) => releaseContents(entry, model)),
          ],
        },
      },
    },
    ...released.map((entry) => ({
      type: 'page' as const,
      path: `${folder}/${entry.release.version}.json`,
      slugs: [...folder.split('/'), entry.release.version],
      data: {
        kind: 'changelog-release' as const,
        title: releaseTitle(entry.release.version),
        description: `Released ${entry.release.date}${entry.previous ? `, since ${entry.previous.version}` : ''}: ${entryView(entry, model).tally}`,
        version: entry.release.version,
        structuredData: { headings: [], contents: releaseContents(entry, model) },
      },
    })),
  ];
}
