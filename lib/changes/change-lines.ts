import { pointerSegments } from '../openapi/json-pointer';
import { createPositionFinder, type LoadedDocument } from '../openapi/load-document';
import type { Change } from './change';
import { eventSubject } from './event-changes';
import { writtenPath } from './written-path';

/**
 * Each change as `file:line: class: summary`, the line where it is written in `document`
 * (through its `$ref`s: a field of a shared schema is at the schema). A removal is at the
 * nearest part of it that remains.
 */
export function changeLines(changes: readonly Change[], document: LoadedDocument): string[] {
  const positionOf = createPositionFinder(document.file);
  return changes.map((change) => {
    const written = writtenPath(document.raw, pointerSegments(change.location.pointer));
    const line = positionOf(written)?.line;
    const { operation, event } = change.location;
    const what = operation ? `${operation.method} ${operation.path}: ` : event ? `${eventSubject(event)}: ` : '';
    return `${document.file}${line === undefined ? '' : `:${line}`}: ${change.class}: ${what}${change.summary}`;
  });
}
