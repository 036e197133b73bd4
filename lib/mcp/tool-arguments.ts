import { z } from 'zod';

/**
 * The longest string a tool takes, in UTF-16 code units (what JavaScript's `length` counts). The
 * longest operationId of GitHub's 1,223 operations has 74 characters and its longest path 119; a
 * longer argument is a mistake or an attack, and anything that reads it costs time on the thread
 * that answers every page.
 */
export const maxArgumentLength = 300;

/**
 * A string argument of at most {@link maxArgumentLength} characters, as the tool's input schema
 * advertises (`maxLength`). A longer one is refused before the tool runs, with its name, the limit
 * and its length.
 */
export function boundedString(argument: string, description: string) {
  return z
    .string()
    .max(maxArgumentLength, {
      error: (issue) =>
        `Invalid argument "${argument}": it is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long, and at most ${maxArgumentLength} are accepted`,
    })
    .describe(`${description} (at most ${maxArgumentLength} characters)`);
}

/** Characters that show nothing, or turn the text around them, in a terminal or an editor. */
const invisible = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const escapeCharacter = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A value from an argument, as a message quotes it: as a JSON string, so that control characters
 * are escapes and not actions, with invisible and bidirectional characters escaped too, and cut
 * after `max` characters.
 */
export function quoted(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value).replace(invisible, escapeCharacter);
}

/** At most `max` of `values`, each cut to 80 characters, and how many more there are. */
export function someOf(values: readonly string[], max = 20): string {
  const shown = values.slice(0, max).map((value) => (value.length > 80 ? `${value.slice(0, 79)}…` : value));
  const more = values.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-US')} more` : shown.join(', ');
}

/**
 * A bad argument of a tool: names the argument and what it may be, so that an agent can correct
 * its call without another round of guessing. The list of what it may be is cut at 20 (a document
 * may have 1,223 operations): `hint` says where the rest are.
 */
export class ToolArgumentError extends Error {
  constructor(
    readonly argument: string,
    problem: string,
    allowed: readonly string[],
    allowedLabel = 'Allowed values',
    hint?: string,
  ) {
    super(`Invalid argument "${argument}": ${problem}. ${allowedLabel}: ${someOf(allowed)}.${allowed.length > 20 && hint ? ` ${hint}` : ''}`);
    this.name = 'ToolArgumentError';
  }
}
