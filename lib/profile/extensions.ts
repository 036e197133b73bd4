import { followRef, type PathSegment } from '../openapi/refs';
import type { ErrorGuidance } from './profile';

type Fail = (reason: string, at: PathSegment[]) => never;

const retryAdvice: NonNullable<ErrorGuidance['retry']>[] = ['backoff', 'fix-first', 'never'];
const textFields = ['cause', 'handling'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * `components.x-error-types`: a mapping from error type to guidance, each entry a mapping (or a
 * `$ref` to one) of `cause` and `handling` (text) and `retry` (one of {@link retryAdvice}).
 * Whatever else an entry holds is not read.
 */
function checkErrorTypes(document: Record<string, unknown>, fail: Fail) {
  const components = document.components;
  if (!isRecord(components) || components['x-error-types'] === undefined) return;
  const at: PathSegment[] = ['components', 'x-error-types'];
  const written = components['x-error-types'];
  if (!isRecord(written)) fail(`x-error-types must be a mapping from error type to its guidance, not ${describe(written)}`, at);
  for (const [type, entry] of Object.entries(written as Record<string, unknown>)) {
    const guidance = followRef(document, entry).value;
    if (!isRecord(guidance)) fail(`x-error-types: the guidance on "${type}" must be a mapping (cause, handling, retry), not ${describe(guidance)}`, [...at, type]);
    const fields = guidance as Record<string, unknown>;
    for (const field of textFields) {
      if (fields[field] !== undefined && typeof fields[field] !== 'string') {
        fail(`x-error-types: "${type}" ${field} must be text, not ${describe(fields[field])}`, [...at, type, field]);
      }
    }
    if (fields.retry !== undefined && !retryAdvice.includes(fields.retry as never)) {
      fail(`x-error-types: "${type}" retry must be one of ${retryAdvice.join(', ')}, not ${describe(fields.retry)}`, [...at, type, 'retry']);
    }
  }
}

/**
 * The extensions that a profile reads, checked where the loader can still say where they are
 * written: a value of the wrong type is refused with its line, instead of breaking a page later.
 * Every profile's extensions are checked, whichever profile the document will get.
 */
export function checkProfileExtensions(document: unknown, fail: Fail): void {
  if (!isRecord(document)) return;
  checkErrorTypes(document, fail);
}
