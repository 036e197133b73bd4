/** `User relation` → `user-relation`: the URL segment of a tag's group, as the published reference has it. */
export function groupSlug(tagName: string): string {
  const slug = tagName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'group';
}

/**
 * Folders under `/partner-api` that are not groups: the error catalogue, webhooks, callbacks and the guides
 * (`content/partner-api/*.mdx`). A tag with one of these names gets a suffixed slug instead, as
 * does one named like fumadocs' own files (`reservedPageSlugs`: `index`, `meta`).
 */
export const reservedGroupSlugs = ['errors', 'webhooks', 'callbacks', 'authentication', 'external-service', 'error-handling'];
