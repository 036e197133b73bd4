import { createMarkdownRenderer } from 'fumadocs-core/content/md';
import { mdxComponents } from './mdx-components';
import { rehypeSafeUrls } from '@/lib/markdown/safe-urls';

// descriptions come from the OpenAPI document: raw HTML in them is dropped by remark-rehype (no
// allowDangerousHtml), and links and images keep only http(s), mailto and relative URLs
const renderer = createMarkdownRenderer({ rehypePlugins: [rehypeSafeUrls] });

export function Markdown({ text }: { text: string }) {
  return <renderer.MarkdownServer components={mdxComponents}>{text}</renderer.MarkdownServer>;
}
