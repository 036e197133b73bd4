import { getApiModel } from '../endpoints';
import { documentedBaseUrl } from '../environments';
import { getErrorCatalog } from '../errors';
import type { SitePage } from '../source';
import { findEvent } from '../endpoints/page-sections';
import { endpointMarkdown } from './endpoint-markdown';
import { eventMarkdown } from './event-markdown';
import { errorCatalogMarkdown, errorTypeMarkdown } from './error-markdown';
import { blocks } from './markdown-text';
import { changelogEntries, releaseEntry } from '../changelog/site-changelog';
import { changelogMarkdown, releaseMarkdown } from './changelog-markdown';

const calloutLabels: Record<string, string> = { info: 'Note', warn: 'Warning', warning: 'Warning', error: 'Important' };

/** MDX components have no place in Markdown: a Callout becomes a blockquote with its label. */
function calloutsToQuotes(markdown: string): string {
  return markdown.replace(
    /<Callout(?:\s+type="(\w+)")?(?:\s+title="([^"]*)")?\s*>([\s\S]*?)<\/Callout>/g,
    (_match, type: string | undefined, title: string | undefined, text: string) => {
      const label = title ?? calloutLabels[type ?? 'info'] ?? 'Note';
      const lines = text.trim().split('\n').map((line) => line.trim());
      return [`> **${label}:** ${lines[0]}`, ...lines.slice(1).map((line) => `> ${line}`)].join('\n');
    },
  );
}

/** Heading anchors that the MDX pipeline writes as `## Title [#id]`: noise in plain Markdown. */
function stripHeadingIds(markdown: string): string {
  return markdown.replace(/^(#{1,6} .*?) \[#[\w-]+\]$/gm, '$1');
}

/** Any page of the site as Markdown: the real content, never a component tag. */
export async function pageMarkdown(page: SitePage): Promise<string> {
  if (page.type === 'docs') {
    const text = await page.data.getText('processed');
    return blocks(`# ${page.data.title}`, page.data.description, stripHeadingIds(calloutsToQuotes(text)).trim());
  }
  const data = page.data;
  switch (data.kind) {
    case 'endpoint': {
      const endpoint = getApiModel().byKey.get(data.key);
      if (!endpoint) throw new Error(`no endpoint ${data.key}`);
      return endpointMarkdown(endpoint, { baseUrl: documentedBaseUrl() });
    }
    case 'error-catalog':
      return errorCatalogMarkdown(getErrorCatalog(), getApiModel().profile);
    case 'error-type': {
      const entry = getErrorCatalog().find((candidate) => candidate.type === data.errorType);
      if (!entry) throw new Error(`no error type ${data.errorType}`);
      return errorTypeMarkdown(entry);
    }
    case 'webhook':
    case 'callback': {
      const model = getApiModel();
      const event = findEvent(data.kind === 'webhook' ? model.webhooks : model.callbacks, data.eventSlug);
      if (!event) throw new Error(`no ${data.kind} ${data.eventSlug}`);
      return eventMarkdown(event);
    }
    case 'changelog': {
      const { intro, entries } = changelogEntries();
      return changelogMarkdown(data.title, intro, entries);
    }
    case 'changelog-release': {
      const entry = releaseEntry(data.version);
      if (!entry) throw new Error(`no release ${data.version}`);
      return releaseMarkdown(data.title, entry);
    }
  }
}
