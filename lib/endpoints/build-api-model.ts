import { escapePointer, jsonMediaType, resolvePointer } from '../openapi/json-pointer';
import { rememberWrittenDocument } from './written-document';
import type { LoadedDocument } from '../openapi/load-document';
import { followPointer, refOf } from '../openapi/refs';
import {
  httpMethods,
  type HttpMethod,
  type JsonValue,
  type MediaTypeObject,
  type OpenAPIDocument,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
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
  EventOperation,
  Group,
  MediaModel,
  ParameterRow,
  ResponseModel,
} from './endpoint';
import { selectProfile, type CredentialText, type Profile } from '../profile';
import { errorCatalogUrl } from '../errors/error-catalog';
import { groupSlug, reservedGroupSlugs } from './group-slug';
import { isBinarySchema, mediaKind, urlEncoded } from '../openapi/media-types';
import { listOperations, slugify, uniqueSlugs } from './operation-key';
import { sampleValue } from './sample-value';
import { schemaFields, type FieldRow, type SchemaUsage } from './schema-fields';
import { registerSchemaNames } from '../openapi/schema-names';
import { constraintsOf, mergeAllOf, typeLabel } from './schema-text';
import { securityModel } from './security';
import { ownValue } from '../own-property';

export const apiBasePath = '/partner-api';

/** The group of operations without a tag; "Endpoints" when no operation has one. */
export const untaggedGroupName = { some: 'Other', all: 'Endpoints' };

export interface BuildApiModelOptions {
  /** The document's conventions; by default the profile that `selectProfile` chooses from it. */
  profile?: Profile;
}

/**
 * The token that the try-it panel's one field holds and that the samples send, as
 * `Authorization: Bearer`, for every operation that needs credentials, whatever its scheme: the
 * profile's, else the field's own name.
 */
function panelToken(profile: Profile): CredentialText {
  return profile.token ?? { label: 'API token', placeholder: '<api-token>' };
}

/**
 * Turns a loaded OpenAPI document into the model that every page, sample and test reads. The
 * profile is an input: the model hands it, and what it says of credentials, to pages and the panel.
 */
export function buildApiModel({ raw, dereferenced }: LoadedDocument, options: BuildApiModelOptions = {}): ApiModel {
  const profile = options.profile ?? selectProfile(dereferenced);
  // the same operations in the same order in both forms; pointers go into the document as written
  registerSchemaNames(raw, dereferenced);
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

  const inDocumentOrder = located.map(({ key, route, method, operation, pathItem, itemPointer, groupName }) => {
    const group = groupByName.get(groupName ?? untaggedName)!;
    const pathLevelParameters = locatedParameters(pathItem.parameters, `${itemPointer}/parameters`);
    const endpoint = buildEndpoint(raw, dereferenced, key, route, method, operation, pathLevelParameters, group, `${itemPointer}/${method}`, profile);
    group.endpoints.push(endpoint);
    return endpoint;
  });

  const endpoints = groups.flatMap((group) => group.endpoints);
  linkErrorTypes(endpoints);
  const callbacks = endpoints.flatMap((endpoint) => endpoint.callbacks);
  giveUniqueSlugs(callbacks, callbacksUrl);
  return rememberWrittenDocument({
    document: raw,
    title: dereferenced.info.title,
    description: dereferenced.info.description,
    version: dereferenced.info.version,
    serverUrl: serverUrlOf(dereferenced.servers?.[0]),
    groups,
    endpoints,
    byKey: new Map(inDocumentOrder.map((endpoint) => [endpoint.key, endpoint])),
    webhooks: webhookOperations(raw, dereferenced),
    callbacks,
    profile,
    token: panelToken(profile),
  });
}

/**
 * Each error type's page, `/partner-api/errors/<slug>`: the type itself when it is URL-safe (as
 * this API's are), else made so; distinct for distinct types, and never a name fumadocs reserves
 * (a type `index` would take the catalogue's place). The type stays as written, for display.
 */
function linkErrorTypes(endpoints: Endpoint[]): void {
  const types = [...new Set(endpoints.flatMap((endpoint) => endpoint.errors.filter((row) => row.typed).map((row) => row.type)))];
  const bases = types.map((type) => slugify(type) || 'error');
  const slugs = uniqueSlugs(bases, [], types.map((type, index) => type === bases[index]));
  const urls = new Map(types.map((type, index) => [type, `${errorCatalogUrl}/${slugs[index]}`]));
  for (const endpoint of endpoints) for (const row of endpoint.errors) if (row.typed) row.url = urls.get(row.type);
}

/** Events whose names slug alike (`booking.created`, `booking-created`) get `-2`, `-3`, in order. */
function giveUniqueSlugs(events: EventOperation[], folderUrl: string): void {
  const slugs = uniqueSlugs(events.map((event) => event.slug));
  events.forEach((event, index) => {
    event.slug = slugs[index];
    event.url = `${folderUrl}/${slugs[index]}`;
  });
}

/** An operation's parameters by where they go, each list in the document's order. */
function byLocation(parameters: ParameterRow[]): Endpoint['parameters'] {
  const at = (location: ParameterRow['in']) => parameters.filter((parameter) => parameter.in === location);
  return { path: at('path'), query: at('query'), header: at('header'), cookie: at('cookie') };
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
  pathLevelParameters: LocatedParameter[],
  group: Group,
  rawPointer: string,
  profile: Profile,
): Endpoint {
  const operationId = typeof operation.operationId === 'string' && operation.operationId !== '' ? operation.operationId : undefined;
  const parameters = mergeParameters(pathLevelParameters, locatedParameters(operation.parameters, `${rawPointer}/parameters`)).map(
    (located) => toParameterRow(raw, located),
  );
  const responses = Object.entries(operation.responses ?? {});
  const successEntry = responses.find(([status]) => /^2(\d\d|XX)$/i.test(status));
  const errorEntries = responses.filter(([status]) => isErrorStatus(status)).sort(([a], [b]) => statusRank(a) - statusRank(b));
  const errors = errorEntries.flatMap(([status, response]) => errorRows(status, response, profile));
  const security = securityModel(document, operation.security, { token: profile.token });
  const url = `${apiBasePath}/${group.slug}/${key}`;

  const endpoint: Endpoint = {
    key,
    ...(operationId !== undefined && { operationId }),
    title: operation.summary?.trim() || operationId || `${method.toUpperCase()} ${route}`,
    description: operation.description,
    method: method.toUpperCase() as Endpoint['method'],
    path: route,
    group: { name: group.name, slug: group.slug, description: group.description },
    slugs: [group.slug, key],
    url,
    deprecated: operation.deprecated === true,
    parameters: byLocation(parameters),
    body: bodyModel(raw, operation, rawPointer),
    success: successEntry && responseModel(raw, successEntry[0], successEntry[1], responsePointer(rawPointer, successEntry[0])),
    otherResponses: responses
      .filter((entry) => entry !== successEntry && !isErrorStatus(entry[0]))
      .sort(([a], [b]) => statusRank(a) - statusRank(b))
      .map(([status, response]) => responseModel(raw, status, response, responsePointer(rawPointer, status))),
    errors,
    errorStatuses: errorEntries.map(([status, response]): ErrorStatus => ({
      status,
      description: response.description ?? '',
      types: errors.filter((row) => row.status === status).map((row) => row.type),
      response: responseModel(raw, status, response, responsePointer(rawPointer, status)),
    })),
    checksScopes: profile.checksScopes(errors),
    pathUnconfirmed: profile.pathUnconfirmed(operation),
    requiresAuth: security.alternatives.length > 0,
    security,
    callbacks: [],
    profile,
    token: panelToken(profile),
    operation,
  };
  endpoint.callbacks = callbackOperations(raw, document, endpoint, rawPointer);
  return endpoint;
}

function responsePointer(operationPointer: string, status: string): string {
  return `${operationPointer}/responses/${escapePointer(status)}`;
}

export const webhooksUrl = `${apiBasePath}/webhooks`;
export const callbacksUrl = `${apiBasePath}/callbacks`;

/** The pointer of `segments` below `base` in the document as written, following `$ref`s on the way. */
function rawPath(raw: OpenAPIDocument, base: string, ...segments: string[]): string {
  let pointer = rawTarget(raw, base);
  for (const segment of segments) pointer = rawTarget(raw, `${pointer}/${escapePointer(segment)}`);
  return pointer;
}

function isHttpMethod(key: string): key is HttpMethod {
  return (httpMethods as readonly string[]).includes(key);
}

function methodsOf(item: PathItemObject): HttpMethod[] {
  return Object.keys(item).filter(isHttpMethod);
}

interface EventSource {
  kind: EventOperation['kind'];
  name: string;
  slug: string;
  url: string;
  method: HttpMethod;
  item: PathItemObject;
  operation: OperationObject;
  itemPointer: string;
  expression?: string;
  registeredBy?: EventOperation['registeredBy'];
}

function eventOperation(raw: OpenAPIDocument, document: OpenAPIDocument, source: EventSource): EventOperation {
  const { operation, itemPointer, method } = source;
  const rawPointer = rawPath(raw, itemPointer, method);
  const parameters = mergeParameters(
    locatedParameters(source.item.parameters, `${itemPointer}/parameters`),
    locatedParameters(operation.parameters, `${rawPointer}/parameters`),
  ).map((located) => toParameterRow(raw, located));
  const responses = Object.entries(operation.responses ?? {}).sort(([a], [b]) => statusRank(a) - statusRank(b));
  const baseName = (operation.operationId ?? `${source.registeredBy?.operationId ?? ''}-${source.name}`).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase());
  return {
    kind: source.kind,
    name: source.name,
    slug: source.slug,
    title: operation.summary ?? source.name,
    description: operation.description,
    method: method.toUpperCase() as Endpoint['method'],
    expression: source.expression,
    url: source.url,
    deprecated: operation.deprecated === true,
    parameters: byLocation(parameters),
    body: bodyModel(raw, operation, rawPointer),
    responses: responses.map(([status, response]) => responseModel(raw, status, response, responsePointer(rawPointer, status))),
    // the document's `security` is about calling the API; a webhook's own says how the API signs in
    // the API's own credential, not the reader's: the profile's token does not name it
    ...(operation.security && { security: securityModel(document, operation.security) }),
    registeredBy: source.registeredBy,
    typeName: baseName.charAt(0).toUpperCase() + baseName.slice(1),
  };
}

/** One page per webhook and method: `/partner-api/webhooks/<name>` (`-<method>` when it has several). */
function webhookOperations(raw: OpenAPIDocument, document: OpenAPIDocument): EventOperation[] {
  const webhooks = Object.entries(document.webhooks ?? {}).flatMap(([name, item]) => {
    const methods = methodsOf(item);
    return methods.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const slug = methods.length > 1 ? `${groupSlug(name)}-${method}` : groupSlug(name);
      return [
        eventOperation(raw, document, {
          kind: 'webhook',
          name,
          slug,
          url: `${webhooksUrl}/${slug}`,
          method,
          item,
          operation,
          itemPointer: rawPath(raw, '#/webhooks', name),
        }),
      ];
    });
  });
  giveUniqueSlugs(webhooks, webhooksUrl);
  return webhooks;
}

/** One page per callback request of an operation: `/partner-api/callbacks/<key>-<name>`. */
function callbackOperations(raw: OpenAPIDocument, document: OpenAPIDocument, endpoint: Endpoint, rawOperation: string): EventOperation[] {
  const events: EventOperation[] = [];
  for (const [name, expressions] of Object.entries(endpoint.operation.callbacks ?? {})) {
    const requests = Object.entries(expressions ?? {}).flatMap(([expression, item]) =>
      methodsOf(item ?? {}).map((method) => ({ expression, item, method })),
    );
    requests.forEach(({ expression, item, method }, index) => {
      const operation = item[method];
      if (!operation) return;
      const slug = `${groupSlug(endpoint.key)}-${groupSlug(name)}${requests.length > 1 ? `-${index + 1}` : ''}`;
      events.push(
        eventOperation(raw, document, {
          kind: 'callback',
          name,
          slug,
          url: `${callbacksUrl}/${slug}`,
          method,
          item,
          operation,
          expression,
          itemPointer: rawPath(raw, rawOperation, 'callbacks', name, expression),
          registeredBy: { operationId: endpoint.operationId ?? endpoint.key, title: endpoint.title, url: endpoint.url },
        }),
      );
    });
  }
  return events;
}

/** 4xx and 5xx statuses, their ranges (`4XX`) and `default`: what a client handles as an error. */
function isErrorStatus(status: string): boolean {
  return /^[45](\d\d|XX)$/i.test(status) || status === 'default';
}

/**
 * Statuses in reading order: `404` before `4XX` before `500`, `default` last. (A parsed document
 * has already lost the written order: objects put integer keys first.)
 */
function statusRank(status: string): number {
  if (/^\d+$/.test(status)) return Number(status);
  const range = /^(\d)XX$/i.exec(status);
  return range ? Number(range[1]) * 100 + 99.5 : 1000;
}

/** A parameter and where it is written: its `$ref`'s target, or its place in the list. */
interface LocatedParameter {
  parameter: ParameterObject;
  pointer: string;
}

function locatedParameters(parameters: ParameterObject[] | undefined, listPointer: string): LocatedParameter[] {
  return (parameters ?? []).map((parameter, index) => ({ parameter, pointer: `${listPointer}/${index}` }));
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(pathLevel: LocatedParameter[], operationLevel: LocatedParameter[]): LocatedParameter[] {
  const key = ({ parameter: p }: LocatedParameter) => `${p.in}:${p.name}`;
  const own = new Set(operationLevel.map(key));
  return [...pathLevel.filter((p) => !own.has(key(p))), ...operationLevel];
}

function toParameterRow(raw: OpenAPIDocument, { parameter, pointer }: LocatedParameter): ParameterRow {
  // a parameter described by `content` instead of `schema` carries its schema in the media type
  const content = (parameter as ParameterObject & { content?: Record<string, MediaTypeObject> }).content;
  const schema = mergeAllOf(parameter.schema ?? (content && Object.values(content)[0]?.schema) ?? {});
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
    ...(parameter.schema && { schemaPointer: `${rawTarget(raw, pointer)}/schema` }),
    sample: parameter.example ?? firstExample ?? sampleValue(schema, 'request'),
  };
}

function mediaExample(media: MediaTypeObject, schema: SchemaObject | undefined, usage: SchemaUsage): JsonValue | undefined {
  if (media.example !== undefined) return media.example;
  const named = media.examples ? Object.values(media.examples)[0] : undefined;
  if (named?.value !== undefined) return named.value;
  return schema ? sampleValue(schema, usage) : undefined;
}

/** Where a media type's schema lives in the document as written: what its `$ref` names, or inline. */
function rawSchemaRef(raw: OpenAPIDocument, mediaPointer: string): string {
  return refOf(resolvePointer(raw, `${mediaPointer}/schema`)) ?? `${mediaPointer}/schema`;
}

/** Where the value at `pointer` is written, its `$ref`s followed, so that pointers below it stay valid. */
function rawTarget(raw: OpenAPIDocument, pointer: string): string {
  return followPointer(raw, pointer).pointer ?? pointer;
}

/** A multipart part that carries a file reads as one, whatever its schema says of strings. */
function markFileParts(fields: FieldRow[], schema: SchemaObject, media: MediaTypeObject): FieldRow[] {
  const properties = mergeAllOf(schema).properties ?? {};
  return fields.map((field) => {
    if (field.depth !== 0) return field;
    const property = ownValue(properties, field.name);
    const items = property?.items;
    const partType = ownValue(media.encoding, field.name)?.contentType;
    const binaryPart = partType !== undefined && !/^(text\/|application\/json)/.test(partType);
    if (isBinarySchema(property) || binaryPart) return { ...field, type: 'file', format: partType ?? field.format };
    if (items && isBinarySchema(items)) return { ...field, type: 'file[]', format: partType ?? items.format };
    return field;
  });
}

/** What one `content` map shows: its primary media type (JSON first), the others, fields and example. */
function mediaModel(
  raw: OpenAPIDocument,
  content: Record<string, MediaTypeObject> | undefined,
  pointer: string,
  usage: SchemaUsage,
): MediaModel | undefined {
  const contentType = jsonMediaType(content);
  if (!content || !contentType) return undefined;
  const media = content[contentType] ?? {};
  const schema = media.schema;
  const mediaPointer = `${pointer}/content/${escapePointer(contentType)}`;
  const kind = mediaKind(contentType, schema);
  const structured = kind === 'json' || kind === 'form' || kind === 'multipart';
  const fields = schema && structured ? schemaFields(schema, usage) : [];
  const example = kind === 'json' || kind === 'form' ? mediaExample(media, schema, usage) : undefined;
  const written = media.example ?? (media.examples ? Object.values(media.examples)[0]?.value : undefined);
  return {
    contentType,
    contentTypes: Object.keys(content),
    kind,
    schemaRef: schema ? rawSchemaRef(raw, mediaPointer) : undefined,
    ...(schema && { schemaPointer: `${mediaPointer}/schema` }),
    // OpenAPI 3.2: the schema of each item of a sequential media type (an event of `text/event-stream`)
    ...('itemSchema' in media && media.itemSchema !== undefined && { itemSchemaPointer: `${mediaPointer}/itemSchema` }),
    fields: kind === 'multipart' && schema ? markFileParts(fields, schema, media) : fields,
    example,
    exampleText:
      kind === 'form'
        ? urlEncoded(example)
        : kind === 'text' && written !== undefined
          ? typeof written === 'string'
            ? written
            : JSON.stringify(written, null, 2)
          : undefined,
  };
}

function bodyModel(raw: OpenAPIDocument, operation: OperationObject, rawPointer: string): BodyModel | undefined {
  const body = operation.requestBody;
  const bodyPointer = rawTarget(raw, `${rawPointer}/requestBody`);
  const media = mediaModel(raw, body?.content, bodyPointer, 'request');
  if (!body || !media) return undefined;
  const schema = body.content?.[media.contentType]?.schema ?? {};
  return {
    ...media,
    required: body.required === true,
    description: body.description,
    schema,
    schemaRef: media.schemaRef ?? rawSchemaRef(raw, `${bodyPointer}/content/${escapePointer(media.contentType)}`),
    // a JSON body always has an example, made from its schema if the document gives none
    example: media.kind === 'json' ? (media.example ?? null) : media.example,
  };
}

function responseModel(raw: OpenAPIDocument, status: string, response: ResponseObject, pointer: string): ResponseModel {
  const media = mediaModel(raw, response.content, rawTarget(raw, pointer), 'response');
  if (!media) return { status, description: response.description ?? '', fields: [] };
  return {
    status,
    description: response.description ?? '',
    ...media,
    schema: response.content?.[media.contentType]?.schema,
  };
}

/** The rows of one error status, as the document's profile reads them. */
function errorRows(status: string, response: ResponseObject, profile: Profile): ErrorRow[] {
  const type = jsonMediaType(response.content);
  return profile.errorRows(status, response, type && response.content ? [type, response.content[type]] : undefined);
}
