import type { Endpoint, ErrorRow, ErrorStatus, MediaModel, ParameterRow, ResponseModel } from '../endpoints';
import { responseMedia } from '../endpoints/response-media';
import { createCodeSamples, sampleTarget } from '../endpoints/code-samples';
import type { FieldRow } from '../endpoints/schema-fields';
import { formatValue } from '../endpoints/schema-text';
import { securityBlocks } from '../endpoints/security';
import { typeName, typescriptDefinition, typescriptDefinitionIfAny } from '../endpoints/typescript-definition';
import { errorTypeUrl } from '../errors/error-catalog';
import { statusReason } from '../http-status';
import type { OpenAPIDocument } from '../openapi/types';
import { blocks, code, fence, json, table } from './markdown-text';

export interface EndpointMarkdownOptions {
  raw: OpenAPIDocument;
  /** The document's server (`documentedBaseUrl`), never the environment of the process. */
  baseUrl: string;
}

function details(row: { description?: string; default?: unknown; constraints: string[] }): string {
  return [
    row.description,
    row.default !== undefined ? `Default: ${code(formatValue(row.default as never))}.` : undefined,
    row.constraints.length > 0 ? `${row.constraints.join('; ')}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

function typeText(row: { type: string; format?: string }): string {
  return row.format ? `${code(row.type)} (${row.format})` : code(row.type);
}

export function parameterTable(parameters: ParameterRow[]): string {
  return table(
    ['Name', 'Type', 'Required', 'Description'],
    parameters.map((p) => [code(p.name), typeText(p), p.required ? 'yes' : 'no', [p.deprecated && '**Deprecated.**', details(p)].filter(Boolean).join(' ')]),
  );
}

/** Where the fields of a field are described: "recursive, see `Node`", or "see `Address` above (`owner`)". */
export function seeText(see: NonNullable<FieldRow['see']>): string {
  const at = see.field ? ` (${code(see.field)})` : '';
  return see.reason === 'recursive' ? `recursive, see ${code(see.name)}${at}` : `see ${code(see.name)} above${at}`;
}

export function fieldTable(fields: FieldRow[], withRequired: boolean): string {
  return table(
    withRequired ? ['Field', 'Type', 'Required', 'Description'] : ['Field', 'Type', 'Description'],
    fields.map((f) => {
      const description = [
        f.variant && `(${f.variant})`,
        f.deprecated && '**Deprecated.**',
        details(f),
        f.nullable ? 'May be null.' : undefined,
        f.see && `${seeText(f.see)}.`,
      ]
        .filter(Boolean)
        .join(' ');
      return withRequired
        ? [code(f.name), typeText(f), f.required ? 'yes' : 'no', description]
        : [code(f.name), typeText(f), description];
    }),
  );
}

/** A body or response that is not plain JSON: media types, fields, text example, or "binary". */
export function mediaMarkdown(media: MediaModel, options: { request: boolean; typescript?: string; withExample: boolean }): string {
  const others = media.contentTypes.filter((type) => type !== media.contentType);
  return blocks(
    others.length > 0 && `Also ${options.request ? 'accepted' : 'available'} as ${others.map(code).join(', ')}.`,
    media.kind === 'binary' &&
      `Binary data (${code(media.contentType)}): the ${options.request ? 'request' : 'response'} body is the file's bytes.`,
    media.kind === 'multipart' && `One part per field; a ${code('file')} field carries a file's bytes.`,
    options.typescript && fence('ts', options.typescript),
    media.fields.length > 0 && fieldTable(media.fields, options.request),
    options.withExample && media.exampleText !== undefined && blocks('Example:', fence('text', media.exampleText)),
    options.withExample && media.exampleText === undefined && media.kind === 'json' && media.example !== undefined && json(media.example),
  );
}

/** A response's media type and what can be shown of its content; nothing when it has none. */
function responseContentMarkdown(response: ResponseModel, withExample: boolean): string | undefined {
  const media = responseMedia(response);
  return media && blocks(code(media.contentType), mediaMarkdown(media, { request: false, withExample }));
}

/** One response that is not an error: its status, description and content, as the page shows it. */
export function responseMarkdown(response: ResponseModel): string {
  return blocks(`### ${response.status} ${statusReason(response.status)}`.trim(), response.description, responseContentMarkdown(response, true));
}

function typedErrorSection(endpoint: Endpoint): string {
  const typed = endpoint.errors.filter((row) => row.typed);
  if (typed.length === 0) {
    return endpoint.errors.length > 0 ? statusErrorSection(endpoint) : blocks('## Errors', 'The error responses of this endpoint are not yet published.');
  }
  // statuses outside the convention (no typed example) are shown as documented, after the types
  const untyped = endpoint.errorStatuses.filter((status) => !typed.some((row) => row.status === status.status));
  return blocks(
    '## Errors',
    table(
      ['Status', 'Type', 'Description'],
      typed.map((row) => [`${row.status} ${statusReason(row.status)}`.trim(), `[${code(row.type)}](${errorTypeUrl(row.type)})`, row.description]),
    ),
    ...typed.map((row) =>
      blocks(`### ${row.type}`, `${row.status} ${statusReason(row.status)}. ${row.description}`, row.sample !== undefined && json(row.sample)),
    ),
    ...untyped.map((status) => statusBlock(status, endpoint.errors.filter((row) => row.status === status.status))),
  );
}

function rowExample(row: ErrorRow): string | undefined {
  if (row.sample !== undefined) return json(row.sample);
  if (row.sampleText !== undefined) return fence('text', row.sampleText);
  return undefined;
}

function statusBlock(status: ErrorStatus, rows: ErrorRow[]): string {
  const { response } = status;
  const shown = rows.filter((row) => row.title || row.sample !== undefined || row.sampleText !== undefined);
  return blocks(
    `### ${status.status} ${statusReason(status.status)}`.trim(),
    status.description,
    responseContentMarkdown(response, false),
    ...shown.map((row) =>
      blocks(
        row.title ? `**${row.title}**${row.description && row.description !== status.description ? `: ${row.description}` : ''}` : undefined,
        rowExample(row),
      ),
    ),
  );
}

/** Errors of a document without typed errors: each status, its schema's fields and its examples. */
function statusErrorSection(endpoint: Endpoint): string {
  if (endpoint.errorStatuses.length === 0) return blocks('## Errors', 'This operation documents no error responses.');
  return blocks(
    '## Errors',
    ...endpoint.errorStatuses.map((status) => statusBlock(status, endpoint.errors.filter((row) => row.status === status.status))),
  );
}

function authorizationSection(endpoint: Endpoint): string {
  const { profile } = endpoint;
  const scopes =
    profile.scopeNotes && endpoint.requiresAuth
      ? endpoint.checksScopes
        ? 'Checks token scopes: a token without the needed permission gets `403 scope_permission_denied`.'
        : endpoint.errors.length > 0
          ? 'Does not check token scopes.'
          : 'Whether it checks token scopes is not yet published.'
      : undefined;
  return blocks(
    '## Authorization',
    ...securityBlocks(endpoint.security, { tokenPlaceholder: profile.tokenPlaceholder, guide: profile.authenticationGuide }),
    scopes,
  );
}

/** An endpoint page as Markdown: everything the HTML page says, with no components. */
export function endpointMarkdown(endpoint: Endpoint, { raw, baseUrl }: EndpointMarkdownOptions): string {
  const { body, success } = endpoint;
  const curl = createCodeSamples(sampleTarget(endpoint), { baseUrl }).find((sample) => sample.id === 'curl');
  const bodyType = body && typescriptDefinitionIfAny(raw, body.schemaRef, typeName(endpoint.key, 'Body'), 'request');
  const plainJson = (media: { kind?: string; contentTypes?: string[] }) => media.kind === 'json' && (media.contentTypes?.length ?? 0) <= 1;

  return blocks(
    `# ${endpoint.title}`,
    code(`${endpoint.method} ${endpoint.path}`),
    endpoint.deprecated && '> **Deprecated.** This operation still works, but may be removed. Avoid it in new code.',
    endpoint.description,
    endpoint.pathUnconfirmed &&
      '> **Path not yet confirmed.** This endpoint is known by its title, method and description; its path follows the neighbouring endpoints, and its error responses are not yet published.',
    // named as such: not the environment the try-it panel sends to
    `Base URL (the document's server): ${baseUrl}`,
    authorizationSection(endpoint),
    endpoint.parameters.path.length > 0 && blocks('## Path parameters', parameterTable(endpoint.parameters.path)),
    endpoint.parameters.query.length > 0 && blocks('## Query parameters', parameterTable(endpoint.parameters.query)),
    endpoint.parameters.header.length > 0 && blocks('## Header parameters', parameterTable(endpoint.parameters.header)),
    endpoint.parameters.cookie.length > 0 && blocks('## Cookie parameters', parameterTable(endpoint.parameters.cookie)),
    body &&
      blocks(
        '## Request body',
        `${code(body.contentType)}, ${body.required ? 'required' : 'optional'}.${body.description ? ` ${body.description}` : ''}`,
        plainJson(body)
          ? blocks(
              bodyType && fence('ts', bodyType),
              body.fields.length > 0 && fieldTable(body.fields, true),
              'Example:',
              json(body.example),
            )
          : mediaMarkdown(body, {
              request: true,
              withExample: true,
              typescript: body.kind === 'json' || body.kind === 'form' ? bodyType : undefined,
            }),
      ),
    success &&
      blocks(
        `## Response ${success.status}`,
        success.description,
        !success.contentType || plainJson(success)
          ? blocks(
              success.fields.length > 0 && fieldTable(success.fields, false),
              // as on the page: the type follows the table
              success.schemaRef &&
                success.fields.length > 0 &&
                fence('ts', typescriptDefinition(raw, success.schemaRef, typeName(endpoint.key, 'Response'), 'response')),
              success.example !== undefined && json(success.example),
            )
          : blocks(
              success.kind !== 'json' && code(success.contentType),
              mediaMarkdown(
                responseMedia(success)!,
                { request: false, withExample: true },
              ),
            ),
      ),
    endpoint.otherResponses.length > 0 &&
      blocks(
        '## Other responses',
        ...endpoint.otherResponses.map(responseMarkdown),
      ),
    endpoint.profile.typedErrors ? typedErrorSection(endpoint) : statusErrorSection(endpoint),
    endpoint.callbacks.length > 0 &&
      blocks(
        '## Callbacks',
        endpoint.callbacks.map((callback) => `- [${callback.title}](${callback.url}): ${code(`${callback.method} ${callback.expression}`)}`).join('\n'),
      ),
    curl && blocks('## Example request', fence('bash', curl.code)),
  );
}
