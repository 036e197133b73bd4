import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import { codeColoursCss, loadCodePalettes } from '@/lib/code-colours';
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
    const { light, dark } = await loadCodePalettes();
    const colourOf = (text: string) => {
      const [, l, d] = /^l(\d+) d(\d+)$/.exec(tokens.find((token) => token.textContent === text)?.getAttribute('class') ?? '') ?? [];
      return l === undefined ? undefined : [light[Number(l)], dark[Number(d)]];
    };
    // the JSON key, the string and the literal each in their colour of each theme, none in the text's
    const textColour = /--shiki-light:(#\w+)/i.exec(pre.getAttribute('style') ?? '')?.[1].toLowerCase();
    const coloured = ['"type"', '"connect_token_unusable"', 'false'].map(colourOf);
    for (const pair of coloured) expect(pair?.every((colour) => /^#[0-9a-f]{6}$/.test(colour ?? ''))).toBe(true);
    expect(new Set(coloured.map((pair) => pair?.[0])).size).toBeGreaterThan(1);
    expect(coloured.map((pair) => pair?.[0])).not.toContain(textColour);
    expect(tokens.every((token) => token.getAttribute('style') === undefined)).toBe(true);
    // braces, colons and commas are in the block's own colour: text in the line, no span of their own
    expect(tokens.every((token) => !/^[{}:,\s]+$/.test(token.textContent))).toBe(true);
  });

  it('does not make the code a second keyboard stop (its frame scrolls)', async () => {
    const pre = await preOf(code);
    expect(pre.getAttribute('tabindex')).toBeUndefined();
    expect(pre.getAttribute('class')).toBe('shiki');
  });

  it('has a stylesheet class for every colour of both themes', async () => {
    // when the themes change, `npm run generate:code-colours` writes the file again
    expect(readFileSync('app/code-colours.css', 'utf8')).toBe(codeColoursCss(await loadCodePalettes()));
  });
});

describe('highlightCode on a busy machine', () => {
  const typescript = '/** A relation between your service and an organization. */\nexport interface Relation {\n  /** ID of the relation. */\n  id?: string;\n}';

  it('gives the same colours however long a line takes to read', async () => {
    const unhurried = await highlightCode(typescript, 'ts');
    // every look at the clock half a second later: a process the machine keeps setting aside
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 600));
    try {
      expect(await highlightCode(typescript, 'ts')).toBe(unhurried);
    } finally {
      clock.mockRestore();
    }
    expect(unhurried).toMatch(/<span class="l\d+ d\d+">export<\/span>/);
  });
});
