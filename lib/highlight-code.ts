import { codeToHtml, type ShikiTransformer } from 'shiki';
import { colourClassPrefix, loadCodePalettes, type CodePalettes } from './code-colours';
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

/** `l2 d7` for a token's `--shiki-light:…;--shiki-dark:…` style, when both colours are in the palettes. */
function colourClasses(style: string, palettes: CodePalettes): string | undefined {
  const match = /^--shiki-light:(#[0-9a-f]+);--shiki-dark:(#[0-9a-f]+)$/.exec(style.toLowerCase());
  if (!match) return undefined;
  const light = palettes.light.indexOf(match[1]);
  const dark = palettes.dark.indexOf(match[2]);
  return light < 0 || dark < 0 ? undefined : `${colourClassPrefix.light}${light} ${colourClassPrefix.dark}${dark}`;
}

/**
 * Shorter HTML for the same look: tokens in the block's own text colour lose their `<span>` (the
 * colour is inherited from `<pre>`), a token's colours are two classes of `app/code-colours.css`
 * instead of an inline style, and `<pre>` keeps only the class the stylesheet needs. Highlighted
 * code is in a page twice (as HTML and in React's payload), so this halves a long endpoint page's
 * code markup.
 */
function compactHtml(palettes: CodePalettes): ShikiTransformer {
  return {
    pre(node) {
      // the frame's scroll area is the one keyboard stop
      delete node.properties.tabindex;
      node.properties.class = 'shiki';
      const text = colours(node.properties.style);
      const [code] = node.children;
      if (!text || code?.type !== 'element') return;
      for (const line of code.children) {
        if (line.type !== 'element') continue;
        line.children = line.children.flatMap((token) => {
          if (token.type !== 'element') return [token];
          const style = String(token.properties.style);
          // a token that is only the text colour (not italic or bold)
          if (style.toLowerCase() === text) return token.children;
          const classes = colourClasses(style, palettes);
          if (classes) {
            delete token.properties.style;
            token.properties.class = classes;
          }
          return [token];
        });
      }
    },
  };
}

/**
 * `code` as highlighted HTML (a `<pre>`), with the light and dark themes' colours as CSS variables.
 * Shiki stops reading a line after 500 ms by default and leaves the rest of it, and the lines after
 * it, in whatever colour it had reached: on a busy build machine the same code came out in other
 * colours. The code here is the site's own samples and the document's examples, read once per build.
 */
export async function highlightCode(code: string, lang: string): Promise<string> {
  const transformer = compactHtml(await loadCodePalettes());
  return codeToHtml(code, { lang, themes: codeThemes, defaultColor: false, tokenizeTimeLimit: 0, transformers: [transformer] });
}
