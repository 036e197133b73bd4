import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { highlightCode } from '@/lib/highlight-code';

// node-html-parser reads a <pre>'s content as text unless told otherwise
const preOf = async (source: string) => parse(await highlightCode(source, 'json'), { blockTextElements: {} }).querySelector('pre')!;
const code = '{\n  "error": { "type": "connect_token_unusable", "retry": false }\n}';

describe('highlightCode', () => {
  it('keeps the code exactly, line by line', async () => {
    const pre = await preOf(code);
    expect(pre.querySelectorAll('.line').map((line) => line.textContent)).toEqual(code.split('\n'));
  });

  it('colours keys, strings and literals in both themes, and leaves punctuation to the block colour', async () => {
    const pre = await preOf(code);
    expect(pre.getAttribute('style')).toMatch(/--shiki-light:#\w+;--shiki-dark:#\w+/);
    const tokens = pre.querySelectorAll('.line > span');
    const styleOf = (text: string) => tokens.find((token) => token.textContent === text)?.getAttribute('style');
    for (const text of ['"type"', '"connect_token_unusable"', 'false']) expect(styleOf(text)).toMatch(/^--shiki-light:#\w+;--shiki-dark:#\w+$/);
    // braces, colons and commas are in the block's own colour: text in the line, no span of their own
    expect(tokens.every((token) => !/^[{}:,\s]+$/.test(token.textContent))).toBe(true);
  });

  it('does not make the code a second keyboard stop (its frame scrolls)', async () => {
    const pre = await preOf(code);
    expect(pre.getAttribute('tabindex')).toBeUndefined();
    expect(pre.getAttribute('class')).toBe('shiki');
  });
});
