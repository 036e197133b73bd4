import { classLabels, kindLabels, type ChangeView, type EntryView } from '../changelog/changelog-view';
import type { OperationHistoryView } from '../changelog/operation-history';
import { changelogFeedUrl, compareIndexUrl } from '../changelog/urls';
import { blocks, code } from './markdown-text';

/** Where a change can be read now: "In [Create a booking](…) (`POST /bookings`), row [`status`](…#…)". */
function whereMarkdown(change: ChangeView): string | undefined {
  const { target } = change;
  if (!target) return undefined;
  if (!target.endpoint) return `In ${code(target.operation)} (no longer in the API).`;
  const row = target.row ? `, row [${code(target.row.label)}](${target.row.url})` : '';
  return `In [${target.endpoint.title.replace(/[[\]]/g, '\\$&')}](${target.endpoint.url}) (${code(target.operation)})${row}.`;
}

/** One change as a list item: its class and kind in words, then its summary. */
export function changeMarkdown(change: ChangeView, withOperation = true): string {
  const row = change.target?.row;
  const where = withOperation ? whereMarkdown(change) : row && `See [${code(row.label)}](${row.url}).`;
  return `- **${classLabels[change.class]}** (${kindLabels[change.kind].toLowerCase()}): ${change.summary}${where ? ` ${where}` : ''}`;
}

/** One release's section: its heading (at `depth`), date, tally and changes. */
export function entryMarkdown(entry: EntryView, depth = 2): string {
  const facts = [
    entry.release ? `Released ${entry.release.date}` : 'Changes not yet in a release',
    entry.previous && `since ${entry.previous.version}`,
    entry.tally,
  ].filter(Boolean);
  return blocks(
    depth > 0 && `${'#'.repeat(depth)} ${entry.title}`,
    facts.join(' · '),
    entry.note,
    entry.url && depth > 0 && `[Page of ${entry.title}](${entry.url})`,
    entry.changes.map((change) => changeMarkdown(change)).join('\n'),
  );
}

/** The changelog page as Markdown: the same releases and changes, in the same order. */
export function changelogMarkdown(title: string, intro: string, entries: EntryView[]): string {
  return blocks(
    `# ${title}`,
    intro,
    `Feed: [Atom](${changelogFeedUrl}). Compare two releases: ${compareIndexUrl}.`,
    ...entries.map((entry) => entryMarkdown(entry)),
  );
}

/** A release's own page as Markdown. */
export function releaseMarkdown(title: string, entry: EntryView): string {
  return blocks(`# ${title}`, entryMarkdown(entry, 0), entry.compareUrl && `Compare with ${entry.previous?.version}: ${entry.compareUrl}`);
}

/** An endpoint's history as its Markdown twin says it: the same lines as its page's note. */
export function operationHistoryMarkdown(history: OperationHistoryView | undefined): string | undefined {
  if (!history) return undefined;
  const facts = [
    history.added && `Added in [${history.added.version}](${history.added.url}).`,
    history.deprecated && `Deprecated in [${history.deprecated.version}](${history.deprecated.url}).`,
  ].filter(Boolean);
  return blocks(
    facts.join(' '),
    ...history.changed.map((release) =>
      blocks(`Changed in [${release.version}](${release.url}):`, release.changes.map((change) => changeMarkdown(change, false)).join('\n')),
    ),
  );
}
