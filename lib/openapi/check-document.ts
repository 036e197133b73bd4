import { buildApiModel } from '../endpoints/build-api-model';
import { endpointMarkdown } from '../markdown/endpoint-markdown';
import { unknownFormats } from '../try-it/create-ajv';
import { pointerSegments } from './json-pointer';
import { createPositionFinder, type LoadedDocument } from './load-document';
import { sliceOperation } from './slice-document';
import { verifyExamples } from './verify-examples';

export interface DocumentCheck {
  /** Notes, warnings and errors, one a line, each starting with `file:line:column:`. */
  messages: string[];
  /** The closing line: what the document holds and how many of its examples are valid. */
  summary: string;
  /** Whether the build stops: a page or slice over its size limit, or, when strict, an example that does not match its schema. */
  failed: boolean;
  examples: { checked: number; mismatched: number };
}

/**
 * What one operation may put in front of a reader: its try-it slice (the JSON the panel fetches)
 * and its page (measured as its Markdown twin, the same text). The largest of GitHub's
 * description and a sample of APIs.guru's are 262 KB and 350 KB; past these limits a page
 * would stall a phone, and the build stops with the operation's file:line instead.
 */
export const sizeLimits = { sliceBytes: 4 * 1024 * 1024, pageBytes: 4 * 1024 * 1024 };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


/**
 * What `npm run check:openapi` says of a document that loaded: each `format` Ajv does not know
 * (a note: not checked), each example that does not match its schema (a warning, or with
 * `strict` an error that fails the build), each page or try-it slice over {@link sizeLimits} (an
 * error), then a summary.
 */
export function checkDocument(loaded: LoadedDocument, { strict }: { strict: boolean }): DocumentCheck {
  const model = buildApiModel(loaded);
  const positionOf = createPositionFinder(loaded.file);
  const where = (file: string, segments: (string | number)[]) => {
    const position = positionOf(segments);
    return position ? `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}` : file;
  };
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
  let oversized = 0;
  for (const endpoint of model.endpoints) {
    const at = ['paths', endpoint.path, endpoint.method.toLowerCase()];
    const operation = `${endpoint.method} ${endpoint.path}`;
    const slice = Buffer.byteLength(JSON.stringify(sliceOperation(model, endpoint)));
    const page = Buffer.byteLength(endpointMarkdown(endpoint, { baseUrl: model.serverUrl }));
    if (slice > sizeLimits.sliceBytes) {
      oversized++;
      messages.push(
        `${where(loaded.file, at)}: error: the try-it slice of ${operation} (the operation and all it references) is ${megabytes(slice)}, ` +
          `more than the ${megabytes(sizeLimits.sliceBytes)} a panel loads; make its schemas and examples smaller`,
      );
    }
    if (page > sizeLimits.pageBytes) {
      oversized++;
      messages.push(
        `${where(loaded.file, at)}: error: the page of ${operation} is ${megabytes(page)} of text, more than the ${megabytes(sizeLimits.pageBytes)} ` +
          'a page may have; make its descriptions and examples smaller',
      );
    }
  }
  const mismatched = new Set(examples.problems.map((problem) => problem.example)).size;
  const failed = (strict && mismatched > 0) || oversized > 0;
  const errorTypes = new Set(model.endpoints.flatMap((endpoint) => endpoint.errors.filter((row) => row.typed).map((row) => row.type)));
  const summary = oversized > 0
    ? `${loaded.file}: ${oversized} pages or try-it slices are over their size limits`
    : failed
    ? `${loaded.file}: ${mismatched} of ${examples.checked} examples do not match their schemas (WINGFIELD_STRICT_EXAMPLES=0 makes this a warning)`
    : `${loaded.file}: ${model.endpoints.length} operations in ${model.groups.length} groups, ${errorTypes.size} error types, ` +
      `${examples.checked - mismatched} of ${examples.checked} examples valid` +
      (mismatched > 0 ? ` (${mismatched} warnings; WINGFIELD_STRICT_EXAMPLES=1 makes them errors)` : '');
  return { messages, summary, failed, examples: { checked: examples.checked, mismatched } };
}
