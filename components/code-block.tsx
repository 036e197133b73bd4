import { highlightCode } from '@/lib/highlight-code';
import { CodeFrame } from './code-frame';
import { HtmlContent } from './html-content';

export interface CodeBlockProps {
  code: string;
  lang: string;
  title?: string;
}

/**
 * Code highlighted on the server by shiki, light and dark themes in the HTML, with a copy button.
 * The highlighted code goes into the page as HTML text: React neither sends its hundreds of
 * spans as elements nor hydrates them, which keeps long endpoint pages quick to start.
 */
export async function CodeBlock({ code, lang, title }: CodeBlockProps) {
  const html = await highlightCode(code, lang);
  return (
    <CodeFrame title={title} className="my-3">
      <HtmlContent html={html} />
    </CodeFrame>
  );
}

export function JsonBlock({ value, title }: { value: unknown; title?: string }) {
  return <CodeBlock code={JSON.stringify(value, null, 2)} lang="json" title={title} />;
}
