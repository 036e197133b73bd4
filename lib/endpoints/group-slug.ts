/** `User relation` → `user-relation`: the URL segment of a tag's group, as the published reference has it. */
export function groupSlug(tagName: string): string {
  return tagName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
