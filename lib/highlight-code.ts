import { codeToHtml, type ShikiTransformer } from 'shiki';
import { codeThemes } from './code-themes';

/** The `--shiki-light/dark` pair of a style: the token's colours, or the block's text colours on `<pre>`. */
function colours(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  return style
    .split(';')
    .filter((part) => /^--shiki-(light|dark):/.test(part))
    .join(';')
    .toLowerCase();
}

/**
 * Shorter HTML for the same look: tokens in the block's own text colour lose their `<span>` (the
 * colour is inherited from `<pre>`), and `<pre>` keeps only the class the stylesheet needs. About
 * half of a long endpoint page's highlighted spans are such tokens.
 */
const compactHtml: ShikiTransformer = {
  pre(node) {
    // the frame's scroll area is the one keyboard stop
    delete node.properties.tabindex;
    node.properties.class = 'shiki';
    const text = colours(node.properties.style);
    const [code] = node.children;
    if (!text || code?.type !== 'element') return;
    for (const line of code.children) {
      if (line.type !== 'element') continue;
      line.children = line.children.flatMap((token) =>
        // a token that is only the text colour (not italic or bold)
        token.type === 'element' && String(token.properties.style).toLowerCase() === text ? token.children : [token],
      );
    }
  },
};

/** `code` as highlighted HTML (a `<pre>`), with the light and dark themes' colours as CSS variables. */
export function highlightCode(code: string, lang: string): Promise<string> {
  return codeToHtml(code, { lang, themes: codeThemes, defaultColor: false, transformers: [compactHtml] });
}
