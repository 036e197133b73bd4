import type { JsonValue, MediaTypeObject, OpenAPIDocument, OperationObject, ResponseObject } from '../openapi/types';

// A profile is an input to the model's builder: it reads the document and the shapes below, never
// the model or the try-it panel, so that both can read it (through the model) without a circle.

/**
 * One documented error of one endpoint: the unit integrators handle in their code. With a
 * profile that types errors, one error type; otherwise one named example of
 * a status, or the status itself.
 */
export interface ErrorRow {
  status: string;
  /** The error type, or else the example's name, or else the status. */
  type: string;
  /** Whether `type` is an error type of the document's convention, with a page of its own. */
  typed: boolean;
  /** The row's anchor on the page: the type itself when typed. */
  id: string;
  /** The error type's page, when typed (`/partner-api/errors/<slug>`). */
  url?: string;
  /** The example's summary when it is not typed. */
  title?: string;
  description: string;
  /** The JSON body; undefined when the document gives none. */
  sample?: JsonValue;
  /** A non-JSON body's example as text. */
  sampleText?: string;
}

/** A request that causes a documented error by itself, whatever the data on the server. */
export interface Reproduction {
  token?: 'none' | 'malformed';
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: JsonValue;
  /** What the change is, for the row: "sent without a token". */
  how: string;
}

/** What a profile's rules say of an error type: the one fault that causes it, or why none can. */
export type FaultResult = { reproducible: true; reproduction: Reproduction } | { reproducible: false; why: string };

/** What a profile's rules read of an endpoint to build a faulty request: its parameters and body as the model gives them. */
export interface RequestShape {
  parameters: {
    path: { name: string; format?: string }[];
    query: { name: string }[];
  };
  body?: {
    example?: JsonValue;
    fields: { name: string; depth: number; type: string; required: boolean }[];
  };
}

/** How a credential is named to the reader, and what the samples put in its place. */
export interface CredentialText {
  /** The field's label: "API token". */
  label: string;
  /** The placeholder of the samples and the pages: `<api-token>`. */
  placeholder: string;
}


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
  reproduce?(endpoint: RequestShape, type: string): FaultResult;
  /** A guide on authentication: linked from each page instead of repeating the scheme's description. */
  authenticationGuide?: string;
  /**
   * What the API's bearer token is called and what the samples put in its place; without it, a
   * bearer scheme is a "Bearer token" written `<token>`.
   */
  token?: CredentialText;
  /** Whether pages say if an endpoint checks token scopes (from `checksScopes`). */
  scopeNotes: boolean;
  /** A guide on handling errors, and the shape every error body has. */
  errorHandling?: { guide: string; envelope: string };
}
