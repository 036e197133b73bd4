import { buildApiModel } from '../endpoints/build-api-model';
import { unknownFormats } from '../try-it/create-ajv';
import { pointerSegments } from './json-pointer';
import { positionInDocument, type LoadedDocument } from './load-document';
import { verifyExamples } from './verify-examples';

export interface DocumentCheck {
  /** Notes, warnings and errors, one a line, each starting with `file:line:column:`. */
  messages: string[];
  /** The closing line: what the document holds and how many of its examples are valid. */
  summary: string;
  /** Whether the build stops: only when strict and an example does not match its schema. */
  failed: boolean;
  examples: { checked: number; mismatched: number };
}

function where(file: string, segments: (string | number)[]): string {
  const position = positionInDocument(file, segments);
  return position ? `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}` : file;
}

/**
 * What `npm run check:openapi` says of a document that loaded: each `format` Ajv does not know
 * (a note: not checked), each example that does not match its schema (a warning, or with
 * `strict` an error that fails the build), then a summary.
 */
export function checkDocument(loaded: LoadedDocument, { strict }: { strict: boolean }): DocumentCheck {
  const model = buildApiModel(loaded);
  const messages: string[] = [];
  for (const { format, at } of unknownFormats(loaded.raw)) {
    messages.push(`${where(loaded.file, at)}: note: format "${format}" is not one Ajv knows; values are not checked against it`);
  }
  const examples = verifyExamples(model);
  const severity = strict ? 'error' : 'warning';
  for (const problem of examples.problems) {
    messages.push(
      `${where(loaded.file, pointerSegments(problem.example))}: ${severity}: example ${problem.example} does not match its schema ` +
        `at ${problem.pointer}: ${problem.message}`,
    );
  }
  // one note per reason: a clash of `$id`s leaves every example of a document unverified
  const unverified = Map.groupBy(examples.unverified, ({ reason }) => reason);
  for (const [reason, [first, ...others]] of unverified) {
    const what = others.length === 0 ? `example ${first.example} is` : `example ${first.example} and ${others.length} more are`;
    messages.push(`${where(loaded.file, pointerSegments(first.example))}: note: ${what} not verified: Ajv cannot compile the schema (${reason})`);
  }
  const mismatched = new Set(examples.problems.map((problem) => problem.example)).size;
  const failed = strict && mismatched > 0;
  const errorTypes = new Set(model.endpoints.flatMap((endpoint) => endpoint.errors.filter((row) => row.typed).map((row) => row.type)));
  const summary = failed
    ? `${loaded.file}: ${mismatched} of ${examples.checked} examples do not match their schemas (WINGFIELD_STRICT_EXAMPLES=0 makes this a warning)`
    : `${loaded.file}: ${model.endpoints.length} operations in ${model.groups.length} groups, ${errorTypes.size} error types, ` +
      `${examples.checked - mismatched} of ${examples.checked} examples valid` +
      (mismatched > 0 ? ` (${mismatched} warnings; WINGFIELD_STRICT_EXAMPLES=1 makes them errors)` : '');
  return { messages, summary, failed, examples: { checked: examples.checked, mismatched } };
}
