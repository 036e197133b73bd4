import type { JsonValue } from '../openapi/types';
import type { InlineText } from '../inline-text';

/** A table cell: one line, pipes escaped. */
export function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

export function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function fence(lang: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${code}\n${marks}`;
}

export function json(value: JsonValue | undefined): string {
  return fence('json', JSON.stringify(value, null, 2));
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, '\\`')}\``;
}

/** Joins blocks with blank lines, skipping empty ones. */
export function blocks(...parts: (string | false | undefined | null)[]): string {
  return `${parts
    .filter((part): part is string => !!part && part.trim() !== '')
    .map((part) => part.trim())
    .join('\n\n')}\n`;
}

/** A sentence of the pages' content model as Markdown; `components/inline-text.tsx` draws it as HTML. */
export function inlineMarkdown(text: InlineText): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('code' in part) return code(part.code);
      if ('strong' in part) return `**${part.strong}**`;
      if ('described' in part) return part.described;
      return `[${inlineMarkdown(part.text)}](${part.link})`;
    })
    .join('');
}
