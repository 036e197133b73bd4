/** The Markdown twin of a page URL: `/partner-api/errors` → `/partner-api/errors.md`. */
export function markdownUrl(pageUrl: string): string {
  return `${pageUrl.replace(/\/$/, '')}.md`;
}
