/**
 * Text that search matches a page by but that is not worth showing as a result: an operationId
 * spelt as words, the synonyms of a connection. The mark is an invisible separator (U+2063),
 * its own token to the tokenizer, so the words around it are matched as before.
 */
const mark = '\u2063';

export function keywordLine(text: string): string {
  return `${mark} ${text}`;
}

/** Whether an indexed text is a keyword line. */
export function isKeywordLine(content: string): boolean {
  return content.startsWith(mark);
}
