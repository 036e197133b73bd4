import { highlight } from 'fumadocs-core/highlight';
import { codeThemes } from '@/lib/code-themes';
import { CodeFrame, CodePre } from './code-frame';

export interface CodeBlockProps {
  code: string;
  lang: string;
  title?: string;
}

/** Code highlighted on the server by shiki, light and dark themes in the HTML, with a copy button. */
export async function CodeBlock({ code, lang, title }: CodeBlockProps) {
  return await highlight(code, {
    lang,
    themes: codeThemes,
    defaultColor: false,
    components: {
      pre: ({ className, style, children }) => (
        <CodeFrame title={title} className="my-3" style={style}>
          <CodePre className={className}>{children}</CodePre>
        </CodeFrame>
      ),
    },
  });
}

export function JsonBlock({ value, title }: { value: unknown; title?: string }) {
  return <CodeBlock code={JSON.stringify(value, null, 2)} lang="json" title={title} />;
}
