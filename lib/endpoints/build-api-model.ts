import { escapePointer, jsonMediaType } from '../openapi/json-pointer';
import { resolvePointer, type LoadedDocument } from '../openapi/load-document';
import {
  type HttpMethod,
  type JsonValue,
  type MediaTypeObject,
  type OpenAPIDocument,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
  type SchemaObject,
  type ServerObject,
} from '../openapi/types';
import type {
  ApiModel,
  BodyModel,
  Endpoint,
  ErrorRow,
  ErrorStatus,
  Group,
  ParameterRow,
  ResponseModel,
} from './endpoint';
import { groupSlug, reservedGroupSlugs } from './group-slug';
import { listOperations, uniqueSlugs } from './operation-key';
import { sampleValue } from './sample-value';
import { schemaFields } from './schema-fields';
import { constraintsOf, mergeAllOf, typeLabel } from './schema-text';

export const apiBasePath = '/partner-api';

/** The group of operations without a tag; "Endpoints" when no operation has one. */
export const untaggedGroupName = { some: 'Other', all: 'Endpoints' };

/** Turns a loaded OpenAPI document into the model that every page, sample and test reads. */
export function buildApiModel({ raw, dereferenced }: LoadedDocument): ApiModel {
  // the same operations in the same order in both forms; pointers go into the document as written
  const written = listOperations(raw);
  const located = listOperations(dereferenced).map((entry, index) => ({
    ...entry,
    itemPointer: written[index].itemPointer,
    groupName: entry.operation.tags?.find((name): name is string => typeof name === 'string' && name.length > 0),
  }));

  // declared tags in their order, then tags only used, in order of first use, then the untagged
  const declared = new Map<string, string | undefined>();
  for (const tag of dereferenced.tags ?? []) if (typeof tag?.name === 'string' && !declared.has(tag.name)) declared.set(tag.name, tag.description);
  for (const { groupName } of located) if (groupName !== undefined && !declared.has(groupName)) declared.set(groupName, undefined);
  const untagged = located.some((entry) => entry.groupName === undefined);
  const untaggedName = located.every((entry) => entry.groupName === undefined)
    ? untaggedGroupName.all
    : uniqueName(untaggedGroupName.some, declared);
  const used = new Set(located.map((entry) => entry.groupName ?? untaggedName));
  const names = [...declared.keys(), ...(untagged ? [untaggedName] : [])].filter((name) => used.has(name));
  const slugs = uniqueSlugs(names.map(groupSlug), reservedGroupSlugs);
  const groups: Group[] = names.map((name, index) => ({
    name,
    slug: slugs[index],
    description: declared.get(name),
    endpoints: [],
  }));
  const groupByName = new Map(groups.map((group) => [group.name, group]));

  for (const { key, route, method, operation, pathItem, itemPointer, groupName } of located) {
    const group = groupByName.get(groupName ?? untaggedName)!;
    const rawPointer = `${itemPointer}/${method}`;
    group.endpoints.push(buildEndpoint(raw, dereferenced, key, route, method, operation, [...(pathItem.parameters ?? [])], group, rawPointer));
  }

  const endpoints = groups.flatMap((group) => group.endpoints);
  return {
    title: dereferenced.info.title,
    description: dereferenced.info.description,
    version: dereferenced.info.version,
    serverUrl: serverUrlOf(dereferenced.servers?.[0]),
    groups,
    endpoints,
    byKey: new Map(endpoints.map((endpoint) => [endpoint.key, endpoint])),
  };
}

function uniqueName(name: string, taken: Map<string, unknown>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} ${n}`;
  return candidate;
}

/**
 * The first server's URL as written, its `{variables}` replaced by their defaults; `/` without
 * servers (the specification's default). It may be relative (`/api/v1`): see `lib/environments.ts`.
 */
export function serverUrlOf(server: ServerObject | undefined): string {
  if (!server || typeof server.url !== 'string') return '/';
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = server.variables?.[name]?.default;
    return value === undefined ? whole : String(value);
  });
}


function buildEndpoint(
  raw: OpenAPIDocument,
  document: OpenAPIDocument,
  key: string,
  route: string,
  method: HttpMethod,
  operation: OperationObject,
  pathLevelParameters: ParameterObject[],
  group: Group,
  rawPointer: string,
): Endpoint {
  const operationId = typeof operation.operationId === 'string' && operation.operationId !== '' ? operation.operationId : undefined;
  const parameters = mergeParameters(pathLevelParameters, operation.parameters ?? []).map(toParameterRow);
  const responses = Object.entries(operation.responses ?? {});
  const successEntry = responses.find(([status]) => /^2\d\d$/.test(status));
  const errorEntries = responses.filter(([status]) => /^[45]\d\d$/.test(status));
  const errors = errorEntries.flatMap(([status, response]) => errorRows(status, response));
  const security = operation.security ?? document.security ?? [];

  return {
    key,
    ...(operationId !== undefined && { operationId }),
    title: operation.summary?.trim() || operationId || `${method.toUpperCase()} ${route}`,
    description: operation.description,
    method: method.toUpperCase() as Endpoint['method'],
    path: route,
    group: { name: group.name, slug: group.slug, description: group.description },
    slugs: [group.slug, key],
    url: `${apiBasePath}/${group.slug}/${key}`,
    deprecated: operation.deprecated === true,
    parameters: {
      path: parameters.filter((p) => p.in === 'path'),
      query: parameters.filter((p) => p.in === 'query'),
      header: parameters.filter((p) => p.in === 'header'),
    },
    body: bodyModel(raw, operation, rawPointer),
    success: successEntry && responseModel(raw, successEntry[0], successEntry[1], `${rawPointer}/responses/${successEntry[0]}`),
    errors,
    errorStatuses: errorEntries.map(([status, response]): ErrorStatus => ({
      status,
      description: response.description ?? '',
      types: errors.filter((row) => row.status === status).map((row) => row.type),
    })),
    checksScopes: errors.some((row) => row.type === 'scope_permission_denied'),
    pathUnconfirmed: operation['x-path-unconfirmed'] === true,
    requiresAuth: security.some((requirement) => Object.keys(requirement).length > 0),
    operation,
  };
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(pathLevel: ParameterObject[], operationLevel: ParameterObject[]): ParameterObject[] {
  const key = (p: ParameterObject) => `${p.in}:${p.name}`;
  const own = new Set(operationLevel.map(key));
  return [...pathLevel.filter((p) => !own.has(key(p))), ...operationLevel];
}

function toParameterRow(parameter: ParameterObject): ParameterRow {
  const schema = mergeAllOf(parameter.schema ?? {});
  const firstExample = parameter.examples ? Object.values(parameter.examples)[0]?.value : undefined;
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.in === 'path' || parameter.required === true,
    type: typeLabel(schema),
    format: schema.format,
    description: parameter.description ?? schema.description,
    default: schema.default,
    constraints: constraintsOf(schema),
    deprecated: parameter.deprecated === true,
    schema,
    sample: parameter.example ?? firstExample ?? sampleValue(schema),
  };
}

function jsonMedia(content: Record<string, MediaTypeObject> | undefined): [string, MediaTypeObject] | undefined {
  const type = jsonMediaType(content);
  return type && content ? [type, content[type]] : undefined;
}

function mediaExample(media: MediaTypeObject, schema: SchemaObject | undefined): JsonValue | undefined {
  if (media.example !== undefined) return media.example;
  const named = media.examples ? Object.values(media.examples)[0] : undefined;
  if (named?.value !== undefined) return named.value;
  return schema ? sampleValue(schema) : undefined;
}

/** Where a media type's schema lives in the document as written: its `$ref` target, or inline. */
function rawSchemaRef(raw: OpenAPIDocument, mediaPointer: string): string {
  const rawSchema = resolvePointer(raw, `${mediaPointer}/schema`) as { $ref?: string } | undefined;
  return typeof rawSchema?.$ref === 'string' ? rawSchema.$ref : `${mediaPointer}/schema`;
}

/** Follows a `$ref` left in the document as written, so pointers into it stay valid. */
function rawTarget(raw: OpenAPIDocument, pointer: string): string {
  const value = resolvePointer(raw, pointer) as { $ref?: string } | undefined;
  return typeof value?.$ref === 'string' ? value.$ref : pointer;
}

function bodyModel(raw: OpenAPIDocument, operation: OperationObject, rawPointer: string): BodyModel | undefined {
  const body = operation.requestBody;
  const media = jsonMedia(body?.content);
  if (!body || !media) return undefined;
  const [contentType, content] = media;
  const schema = content.schema ?? {};
  const bodyPointer = rawTarget(raw, `${rawPointer}/requestBody`);
  return {
    contentType,
    required: body.required === true,
    description: body.description,
    schema,
    schemaRef: rawSchemaRef(raw, `${bodyPointer}/content/${escapePointer(contentType)}`),
    fields: schemaFields(schema),
    example: mediaExample(content, schema) ?? null,
  };
}

function responseModel(raw: OpenAPIDocument, status: string, response: ResponseObject, pointer: string): ResponseModel {
  const media = jsonMedia(response.content);
  if (!media) return { status, description: response.description ?? '', fields: [] };
  const [contentType, content] = media;
  const responsePointer = rawTarget(raw, pointer);
  return {
    status,
    description: response.description ?? '',
    contentType,
    schema: content.schema,
    schemaRef: content.schema ? rawSchemaRef(raw, `${responsePointer}/content/${escapePointer(contentType)}`) : undefined,
    fields: content.schema ? schemaFields(content.schema) : [],
    example: mediaExample(content, content.schema),
  };
}

/**
 * The error types of one status. Named examples are the source (key = type, description = its
 * meaning); a type listed in the schema's `error.type` enum without an example still gets a row.
 */
function errorRows(status: string, response: ResponseObject): ErrorRow[] {
  const media = jsonMedia(response.content);
  const rows: ErrorRow[] = [];
  for (const [key, example] of Object.entries(media?.[1].examples ?? {})) {
    const value = example.value ?? null;
    rows.push({
      status,
      type: errorTypeOf(value) ?? key,
      description: example.description ?? example.summary ?? response.description ?? '',
      sample: value,
    });
  }
  if (rows.length === 0 && media?.[1].example !== undefined) {
    const type = errorTypeOf(media[1].example);
    if (type) rows.push({ status, type, description: response.description ?? '', sample: media[1].example });
  }
  const schema = media?.[1].schema && mergeAllOf(media[1].schema);
  const enumerated = mergeAllOf(mergeAllOf(schema?.properties?.error ?? {}).properties?.type ?? {}).enum ?? [];
  for (const type of enumerated) {
    if (typeof type !== 'string' || rows.some((row) => row.type === type)) continue;
    rows.push({
      status,
      type,
      description: response.description ?? '',
      sample: { error: { type, message: response.description ?? type } },
    });
  }
  return rows;
}

function errorTypeOf(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const error = value.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  return typeof error.type === 'string' ? error.type : undefined;
}
