/**
 * The most characters of a page or a slice that one answer carries: about 10,000 tokens, well
 * under what MCP clients take from one tool call (Claude Code refuses more than 25,000 tokens by
 * default). Our longest page has 12 KB; one of GitHub's has 900 KB.
 */
export const maxAnswerCharacters = 40_000;

/** The beginning of `text` up to `max` characters, ending with a whole line when one ends in its second half. */
function beginning(text: string, max: number): string {
  let end = text.lastIndexOf('\n', max);
  if (end < max / 2) end = max;
  // never half of a surrogate pair
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** The fence that closes a Markdown code block left open at the end of `markdown`, if one is. */
function openFence(markdown: string): string | undefined {
  let open: string | undefined;
  for (const [, fence] of markdown.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) {
    if (!open) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length) open = undefined;
  }
  return open;
}

export interface CutAnswer {
  /** The text, or its beginning. */
  text: string;
  /** When the text was cut: what was cut and where the whole is. */
  note?: string;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * `text` when it has at most `max` characters; else its beginning, at the end of a line, and a
 * note that says so and where the whole is (`whole`, a sentence).
 */
export function cutAnswer(text: string, whole: string, max = maxAnswerCharacters): CutAnswer {
  if (text.length <= max) return { text };
  const shown = beginning(text, max);
  return { text: shown, note: `Cut: this answer is the first ${count(shown.length)} of ${count(text.length)} characters. ${whole}` };
}

/** {@link cutAnswer} for Markdown: a code block left open is closed, and the note ends the text as a quote. */
export function cutMarkdown(markdown: string, whole: string, max = maxAnswerCharacters): string {
  const { text, note } = cutAnswer(markdown, whole, max);
  if (!note) return text;
  const fence = openFence(text);
  return `${text}${fence ? `\n${fence}` : ''}\n\n> **${note}**\n`;
}
