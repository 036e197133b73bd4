/** The subset of OpenAPI 3.1 that this site reads. Unknown keys are kept but not typed. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SchemaObject {
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: JsonValue[];
  const?: JsonValue;
  default?: JsonValue;
  example?: JsonValue;
  examples?: JsonValue[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  title?: string;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  not?: SchemaObject;
  multipleOf?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: JsonValue;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: JsonValue;
  examples?: Record<string, ExampleObject>;
  /** Per-property encoding of form bodies: `contentType` names what a multipart part carries. */
  encoding?: Record<string, { contentType?: string }>;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  schema?: SchemaObject;
  example?: JsonValue;
  examples?: Record<string, ExampleObject>;
}

export interface RequestBodyObject {
  description?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
  /** Requests the API makes back, by name, then by runtime expression (a URL template). */
  callbacks?: Record<string, Record<string, PathItemObject>>;
  'x-path-unconfirmed'?: boolean;
  [extension: `x-${string}`]: unknown;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: ParameterObject[];
  summary?: string;
  description?: string;
};

export interface TagObject {
  name: string;
  description?: string;
}

export interface OAuthFlowObject {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes?: Record<string, string>;
}

export interface SecuritySchemeObject {
  type: string;
  scheme?: string;
  bearerFormat?: string;
  description?: string;
  /** apiKey */
  name?: string;
  in?: 'header' | 'query' | 'cookie';
  flows?: Partial<Record<'implicit' | 'password' | 'clientCredentials' | 'authorizationCode', OAuthFlowObject>>;
  openIdConnectUrl?: string;
}

export interface ServerObject {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface OpenAPIDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: ServerObject[];
  tags?: TagObject[];
  /** Optional in 3.1 (a document of webhooks or components only); the loader sets `{}` then. */
  paths: Record<string, PathItemObject>;
  /** OpenAPI 3.1: requests the API sends to its consumers, by name. */
  webhooks?: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    securitySchemes?: Record<string, SecuritySchemeObject>;
  };
  security?: Record<string, string[]>[];
}
