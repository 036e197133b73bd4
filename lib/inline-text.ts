/**
 * A sentence that both renderers draw: the page as HTML, its twin as Markdown. Plain strings are
 * the site's own words; `described` is text from the document, whose `backticked` spans read as
 * code (see `components/inline-code.tsx`).
 */
export type InlinePart =
  | string
  | { code: string }
  | { strong: string }
  | { described: string }
  | { link: string; text: InlinePart[] };

export type InlineText = InlinePart[];

/** Text from the document cut at its `backticked` spans: the parts at odd indexes are code. */
export function backtickSpans(text: string): string[] {
  return text.split(/`([^`\n]+)`/);
}

/** The same text without its backticks, for what shows no code (a window's title). */
export function withoutBackticks(text: string): string {
  return backtickSpans(text).join('');
}

/** `n` and the singular or plural noun: "1 endpoint", "3 endpoints". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
