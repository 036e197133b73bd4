import { classLabels, type EntryView } from './changelog-view';
import { changelogFeedUrl, changelogUrl } from './urls';
import { backtickSpans } from '../inline-text';

export interface ChangelogFeedOptions {
  /** The site's public origin (`SITE_URL`): a feed's links and ids are absolute. */
  siteUrl: string;
  /** The API's name, for the feed's title. */
  title: string;
  entries: EntryView[];
}

/** Text for XML, in an element or an attribute: what the document says is never markup. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** A summary's `backticked` spans as `<code>`, everything else escaped: HTML that a feed reader shows, carried escaped in the feed. */
function summaryHtml(summary: string): string {
  return backtickSpans(summary)
    .map((part, index) => (index % 2 ? `<code>${escapeXml(part)}</code>` : escapeXml(part)))
    .join('');
}

function entryHtml(entry: EntryView, absolute: (url: string) => string): string {
  const items = entry.changes.map((change) => {
    const where = change.target?.endpoint
      ? ` (<a href="${escapeXml(absolute(change.target.row?.url ?? change.target.endpoint.url))}">${escapeXml(change.target.operation)}</a>)`
      : change.target
        ? ` (<code>${escapeXml(change.target.operation)}</code>, no longer in the API)`
        : '';
    return `<li><strong>${classLabels[change.class]}</strong>: ${summaryHtml(change.summary)}${where}</li>`;
  });
  return [`<p>${escapeXml(entry.tally)}</p>`, entry.note && `<p>${escapeXml(entry.note)}</p>`, items.length > 0 && `<ul>${items.join('')}</ul>`]
    .filter(Boolean)
    .join('');
}

/**
 * The releases as an Atom feed (RFC 4287), newest first: one entry per release, its changes
 * breaking first; unreleased changes are not in it, since a feed announces what was published.
 */
export function changelogFeed({ siteUrl, title, entries }: ChangelogFeedOptions): string {
  const absolute = (url: string) => new URL(url, siteUrl).toString();
  const released = entries.filter((entry): entry is EntryView & { release: NonNullable<EntryView['release']>; url: string } => !!entry.release && !!entry.url);
  const updated = released[0] ? `${released[0].release.date}T00:00:00Z` : new Date(0).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(`${title}: releases`)}</title>`,
    `  <id>${escapeXml(absolute(changelogUrl))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(changelogFeedUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(changelogUrl))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    ...released.flatMap((entry) => [
      '  <entry>',
      `    <title>${escapeXml(`${entry.release.version}: ${entry.tally}`)}</title>`,
      `    <id>${escapeXml(absolute(entry.url))}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(absolute(entry.url))}"/>`,
      `    <updated>${entry.release.date}T00:00:00Z</updated>`,
      `    <content type="html">${escapeXml(entryHtml(entry, absolute))}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
