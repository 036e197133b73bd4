import { ServerCodeBlock } from 'fumadocs-ui/components/codeblock.rsc';
import { codeThemes } from '@/lib/code-themes';

export interface CodeBlockProps {
  code: string;
  lang: string;
  title?: string;
}

/** Code highlighted on the server by shiki, light and dark themes in the HTML, with a copy button. */
export function CodeBlock({ code, lang, title }: CodeBlockProps) {
  return (
    <ServerCodeBlock
      code={code}
      lang={lang}
      themes={codeThemes}
      codeblock={{ title, className: 'my-3' }}
    />
  );
}

export function JsonBlock({ value, title }: { value: unknown; title?: string }) {
  return <CodeBlock code={JSON.stringify(value, null, 2)} lang="json" title={title} />;
}
