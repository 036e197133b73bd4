import type { HttpMethod, JsonValue, OperationObject, SchemaObject } from '../openapi/types';
import type { FieldRow } from './schema-fields';

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
  /** The value that samples and the try-it panel start with. */
  sample: JsonValue;
}

export interface BodyModel {
  contentType: string;
  required: boolean;
  description?: string;
  schema: SchemaObject;
  /** JSON pointer of the schema in the document as written, for type generation. */
  schemaRef: string;
  fields: FieldRow[];
  example: JsonValue;
}

export interface ResponseModel {
  status: string;
  description: string;
  contentType?: string;
  schema?: SchemaObject;
  schemaRef?: string;
  fields: FieldRow[];
  example?: JsonValue;
}

/** One documented error type of one endpoint: the unit integrators handle in their code. */
export interface ErrorRow {
  status: string;
  type: string;
  description: string;
  sample: JsonValue;
}

export interface ErrorStatus {
  status: string;
  description: string;
  types: string[];
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
  parameters: { path: ParameterRow[]; query: ParameterRow[]; header: ParameterRow[] };
  body?: BodyModel;
  success?: ResponseModel;
  errors: ErrorRow[];
  errorStatuses: ErrorStatus[];
  /** The endpoint checks token scopes when it can answer `scope_permission_denied`. */
  checksScopes: boolean;
  pathUnconfirmed: boolean;
  requiresAuth: boolean;
  operation: OperationObject;
}

export interface Group extends GroupRef {
  endpoints: Endpoint[];
}

export interface ApiModel {
  title: string;
  description?: string;
  version: string;
  /** The document's first server URL, variables at their defaults; maybe relative; `/` without servers. */
  serverUrl: string;
  groups: Group[];
  endpoints: Endpoint[];
  /** Endpoints by {@link Endpoint.key}. */
  byKey: Map<string, Endpoint>;
}
