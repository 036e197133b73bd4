/** The part of a HTML syntax tree (hast) that the plugin looks at. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const safeLinkSchemes = new Set(['http:', 'https:', 'mailto:']);
const safeImageSchemes = new Set(['http:', 'https:']);

/**
 * Whether a URL from the document may become a link or image: relative URLs, fragments, and the
 * schemes given. `javascript:`, `data:`, `vbscript:` and anything else are refused. Browsers
 * ignore tabs, newlines and leading control characters in a scheme, so those are removed first.
 */
export function isSafeUrl(value: unknown, schemes: ReadonlySet<string> = safeLinkSchemes): boolean {
  if (typeof value !== 'string') return false;
  const url = value.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || schemes.has(`${scheme.toLowerCase()}:`);
}

function clean(nodes: HastNode[]): HastNode[] {
  return nodes.flatMap((node) => {
    if (node.children) node.children = clean(node.children);
    if (node.type !== 'element') return [node];
    if (node.tagName === 'a' && node.properties && 'href' in node.properties && !isSafeUrl(node.properties.href)) {
      // the link text stays, as text
      return node.children ?? [];
    }
    if (node.tagName === 'img' && !isSafeUrl(node.properties?.src, safeImageSchemes)) return [];
    return [node];
  });
}

/**
 * A rehype plugin: links and images in Markdown from the OpenAPI document keep only safe URLs;
 * an unsafe link becomes its text, an unsafe image disappears. (Raw HTML is already dropped by
 * remark-rehype, which runs without `allowDangerousHtml`.)
 */
export function rehypeSafeUrls() {
  return (tree: HastNode) => {
    tree.children = clean(tree.children ?? []);
  };
}
