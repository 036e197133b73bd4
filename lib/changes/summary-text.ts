import type { Diff } from 'api-smart-diff';

/** What an action of the engine did, as a summary says it: "was added". */
export const verbs: Record<Diff['action'], string> = { add: 'was added', remove: 'was removed', replace: 'changed', rename: 'was renamed' };

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A value of the document as code in a summary: short, on one line, without a backtick that
 * would end the code span (a document's text is anyone's).
 */
export function codeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replaceAll('`', "'");
  return `\`${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}\``;
}
