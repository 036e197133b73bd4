import type { Endpoint, ErrorRow } from '../endpoints/endpoint';
import type { MediaTypeObject, OpenAPIDocument, OperationObject, ResponseObject } from '../openapi/types';
import type { FaultResult } from '../try-it/reproductions';

/** Guidance on one error type: why it happens, how to handle it, whether to retry. */
export interface ErrorGuidance {
  cause?: string;
  handling?: string;
  retry?: 'backoff' | 'fix-first' | 'never';
}

/**
 * The conventions of one API's document that the generic reference cannot assume: how errors
 * are named, what marks an endpoint as checking scopes, which extensions carry meaning. The
 * default profile reads the document as the OpenAPI specification alone describes it.
 */
export interface Profile {
  name: string;
  /** Whether errors are typed: rows per error type, a catalogue, a page per type. */
  typedErrors: boolean;
  /** The rows of one error status; `media` is its JSON (or first) media type. */
  errorRows(status: string, response: ResponseObject, media: [string, MediaTypeObject] | undefined): ErrorRow[];
  checksScopes(errors: ErrorRow[]): boolean;
  pathUnconfirmed(operation: OperationObject): boolean;
  /** Guidance per error type, from the document as written (`ApiModel.document`). */
  errorGuidance(document: OpenAPIDocument): Record<string, ErrorGuidance>;
  /** Whether a request alone can cause an error row, for the try-it panel's "Try it" button. */
  reproduce?(endpoint: Endpoint, type: string): FaultResult;
  /** A guide on authentication: linked from each page instead of repeating the scheme's description. */
  authenticationGuide?: string;
  /** What the samples put where a token goes. */
  tokenPlaceholder?: string;
  /** Whether pages say if an endpoint checks token scopes (from `checksScopes`). */
  scopeNotes: boolean;
  /** A guide on handling errors, and the shape every error body has. */
  errorHandling?: { guide: string; envelope: string };
}
