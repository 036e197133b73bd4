import { createMarkdownRenderer } from 'fumadocs-core/content/md';
import defaultMdxComponents from 'fumadocs-ui/mdx';

// raw HTML in descriptions is dropped by remark-rehype (no allowDangerousHtml), so text from the
// document cannot inject markup
const renderer = createMarkdownRenderer();

export function Markdown({ text }: { text: string }) {
  return <renderer.MarkdownServer components={defaultMdxComponents}>{text}</renderer.MarkdownServer>;
}
