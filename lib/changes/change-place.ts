import type { PathSegment } from '../openapi/refs';
import type { ChangeLocation } from './change';
import type { SchemaPlace } from './schema-place';

/** Where a change of the engine is, and how a summary says it. */
export interface Place {
  location: ChangeLocation;
  /** In the words of a summary: "in the request body", "in the `notify` query parameter". */
  where: string;
  /** What the segments below the operation's part lead to, when they are in a schema. */
  schema?: SchemaPlace;
  /** The segments after the operation (`requestBody/content/…`), or from the root outside one. */
  rest: readonly PathSegment[];
}
