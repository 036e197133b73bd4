import type { HttpMethod, JsonValue, OpenAPIDocument, OperationObject, SchemaObject } from '../openapi/types';
import type { CredentialText, ErrorRow, Profile } from '../profile';
import type { MediaKind } from '../openapi/media-types';
import type { FieldRow } from './schema-fields';
import type { SecurityModel } from './security';

export type { ErrorRow };

export interface ParameterRow {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  type: string;
  format?: string;
  description?: string;
  default?: JsonValue;
  constraints: string[];
  deprecated: boolean;
  schema: SchemaObject;
  /**
   * JSON pointer of the parameter's `schema` in the document as written (its `$ref` not
   * followed, so that keywords beside one apply): what its validator compiles. Absent for a
   * parameter described by `content`.
   */
  schemaPointer?: string;
  /** The value that samples and the try-it panel start with. */
  sample: JsonValue;
}

/** What one `content` map says: the media type shown (JSON first), the others, and its shape. */
export interface MediaModel {
  /** The media type the page shows: the first JSON one, else the first listed. */
  contentType: string;
  /** Every media type the document lists, in its order. */
  contentTypes: string[];
  kind: MediaKind;
  /** JSON pointer of the schema in the document as written, for type generation: what its `$ref` names, if it is one. */
  schemaRef?: string;
  /** JSON pointer of the media type's `schema` itself (a `$ref` not followed): what its validator compiles. */
  schemaPointer?: string;
  /** JSON pointer of the media type's `itemSchema` (OpenAPI 3.2), what each event of a stream is checked against. */
  itemSchemaPointer?: string;
  fields: FieldRow[];
  /** A JSON example (JSON and form bodies). */
  example?: JsonValue;
  /** The example as sent, for text and url-encoded bodies. */
  exampleText?: string;
}

export interface BodyModel extends MediaModel {
  required: boolean;
  description?: string;
  schema: SchemaObject;
  schemaRef: string;
}

export interface ResponseModel extends Partial<MediaModel> {
  status: string;
  description: string;
  schema?: SchemaObject;
  fields: FieldRow[];
}

export interface ErrorStatus {
  status: string;
  description: string;
  /** The `type` of each of this status's rows. */
  types: string[];
  /** The response as documented: media type, fields of its schema. */
  response: ResponseModel;
}

export interface GroupRef {
  name: string;
  slug: string;
  description?: string;
}

export interface Endpoint {
  /**
   * The operation's identity, URL-safe and unique: its page's URL segment, its validators' key,
   * its try-it route, its search id and the base of its type names (see `operation-key.ts`).
   * Equals `operationId` when that is already letters, digits, `-` and `_`.
   */
  key: string;
  /** The `operationId` as written, for display; absent when the document gives none. */
  operationId?: string;
  title: string;
  description?: string;
  method: Uppercase<HttpMethod>;
  path: string;
  group: GroupRef;
  /** Page URL segments below `/partner-api`: `[group-slug, key]`. */
  slugs: [string, string];
  url: string;
  deprecated: boolean;
  parameters: { path: ParameterRow[]; query: ParameterRow[]; header: ParameterRow[]; cookie: ParameterRow[] };
  body?: BodyModel;
  success?: ResponseModel;
  /** Every other documented status that is not an error: a second 2xx, 1xx and 3xx (redirects, not modified). */
  otherResponses: ResponseModel[];
  errors: ErrorRow[];
  errorStatuses: ErrorStatus[];
  /** The endpoint checks token scopes when it can answer `scope_permission_denied`. */
  checksScopes: boolean;
  pathUnconfirmed: boolean;
  requiresAuth: boolean;
  /** The schemes that apply (the operation's `security`, else the document's), each described. */
  security: SecurityModel;
  /** The requests the API sends back after this operation (its `callbacks`), each with a page. */
  callbacks: EventOperation[];
  /** The document's conventions, which decide how errors and scopes read. */
  profile: Profile;
  /** What the try-it panel's token field is called and what the samples send in its place (`ApiModel.token`). */
  token: CredentialText;
  operation: OperationObject;
}

/**
 * A request the API sends rather than receives: a webhook (3.1 `webhooks`) or a callback of an
 * operation. Its page shows the payload the API sends and the responses it expects back.
 */
export interface EventOperation {
  kind: 'webhook' | 'callback';
  /** The webhook's key, or the callback's name. */
  name: string;
  /** The page's last URL segment. */
  slug: string;
  title: string;
  description?: string;
  method: Uppercase<HttpMethod>;
  /** A callback's runtime expression: the URL it is sent to, e.g. `{$request.body#/callbackUrl}`. */
  expression?: string;
  url: string;
  deprecated: boolean;
  parameters: Endpoint['parameters'];
  /** The payload the API sends. */
  body?: BodyModel;
  /** Every response the API expects, in status order. */
  responses: ResponseModel[];
  /** How the API authenticates itself, when the document says so for this request. */
  security?: SecurityModel;
  /** The operation that registers a callback. */
  registeredBy?: { operationId: string; title: string; url: string };
  /** Name for generated TypeScript types, `OrderShippedPayload`. */
  typeName: string;
}

export interface Group extends GroupRef {
  endpoints: Endpoint[];
}

export interface ApiModel {
  /**
   * The document the model was built from, as written (`LoadedDocument.raw`): the JSON pointers
   * of the model point into it. Read it for what needs the document itself (type generation, an
   * operation's slice, validators), never change it.
   */
  readonly document: OpenAPIDocument;
  title: string;
  description?: string;
  version: string;
  /** The document's first server URL, variables at their defaults; maybe relative; `/` without servers. */
  serverUrl: string;
  groups: Group[];
  endpoints: Endpoint[];
  /** Endpoints by {@link Endpoint.key}, in document order (paths, then methods as listed). */
  byKey: Map<string, Endpoint>;
  /** 3.1 `webhooks`, in document order. */
  webhooks: EventOperation[];
  /** Every callback of every operation, by operation. */
  callbacks: EventOperation[];
  profile: Profile;
  /**
   * The token that the try-it panel's one field holds and that the samples send as
   * `Authorization: Bearer` for every operation that needs credentials: the profile's ("API
   * token", `<api-token>`), else the same. Each scheme's own credential is `AppliedScheme.credential`.
   */
  token: CredentialText;
}
