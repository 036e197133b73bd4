import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

/** Nodes whose text runs on with the next one's; any other node ends a run (a paragraph, a cell). */
const inline = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'break']);

/**
 * The words a reader sees of a Markdown description, as plain text: raw HTML is dropped, as the
 * pages drop it (`components/markdown.tsx`), and what is left is text, never markup. Search
 * indexes and shows this, so a hit cannot carry markup from a document that someone else wrote.
 */
export function markdownText(markdown: string): string {
  const parts: string[] = [];
  // iterative: a document may nest lists or quotes as deep as it likes
  const stack: Nodes[] = [fromMarkdown(markdown)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') continue;
    if (!inline.has(node.type)) parts.push(' ');
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '');
    else if (node.type === 'break') parts.push(' ');
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
