import { describe, expect, it } from 'vitest';
import { cutAnswer, cutMarkdown } from '@/lib/mcp/cut-answer';
import { quoted, someOf } from '@/lib/mcp/tool-arguments';

describe('cutting an answer', () => {
  it('leaves a text that fits as it is, without a note', () => {
    expect(cutAnswer('short', 'Whole: x.', 10)).toEqual({ text: 'short' });
    expect(cutMarkdown('# Title\n', 'Whole: x.', 10)).toBe('# Title\n');
  });

  it('cuts at the end of a line, and says how much of how much it shows and where the whole is', () => {
    const { text, note } = cutAnswer('line one\nline two\nline three\n', 'The whole page: https://x/y.md.', 20);
    expect(text).toBe('line one\nline two');
    expect(note).toBe('Cut: this answer is the first 17 of 29 characters. The whole page: https://x/y.md.');
  });

  it('cuts inside a line that is longer than half the answer, never between the halves of a surrogate pair', () => {
    expect(cutAnswer('x'.repeat(50), 'w', 20).text).toBe('x'.repeat(20));
    const { text } = cutAnswer(`${'x'.repeat(19)}😀😀`, 'w', 20);
    expect(text).toBe('x'.repeat(19));
  });

  it('closes a code block that the cut leaves open, with its own fence', () => {
    const markdown = `# Page\n\n~~~~json\n${'{"a": 1}\n'.repeat(20)}~~~~\n`;
    const cut = cutMarkdown(markdown, 'Whole: x.', 60);
    expect(cut).toMatch(/\{"a": 1\}\n~~~~\n\n> \*\*Cut: this answer is the first \d+ of \d+ characters\. Whole: x\.\*\*\n$/);
    const closed = cutMarkdown(`\`\`\`\ncode\n\`\`\`\n${'text\n'.repeat(20)}`, 'Whole: x.', 40);
    expect(closed).not.toMatch(/text\n```/);
  });
});

describe('quoting what an argument said', () => {
  it('escapes control, invisible and bidirectional characters, and cuts a long value', () => {
    expect(quoted('a\u0000b\u001b[2J\u202ec\u200bd')).toBe('"a\\u0000b\\u001b[2J\\u202ec\\u200bd"');
    expect(quoted('x'.repeat(100))).toBe(`"${'x'.repeat(80)}…"`);
    expect(quoted('__proto__')).toBe('"__proto__"');
  });

  it('lists at most 20 values and counts the rest', () => {
    const values = Array.from({ length: 1_223 }, (_, index) => `operation${index}`);
    expect(someOf(values)).toMatch(/^operation0, .*, operation19 and 1,203 more$/);
    expect(someOf(['a', 'b'])).toBe('a, b');
  });
});
