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

/** `n` and the singular or plural noun: "1 endpoint", "3 endpoints". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
