export interface TextPart {
  text: string;
  /** Whether this part is one of the query's words. */
  match: boolean;
}

/**
 * `text` cut where the words of `query` occur, ignoring case: the same matches as fumadocs'
 * `createContentHighlighter(query).highlight`, whose module would bring a Markdown processor
 * into the search dialog's code for nothing.
 */
export function queryMatches(text: string, query: string): TextPart[] {
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))];
  if (words.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  // split with a capturing group puts the matches at the odd places
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
