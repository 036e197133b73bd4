import type { Endpoint, ParameterRow } from '../endpoints';
import { createCodeSamples, sampleTarget } from '../endpoints/code-samples';
import type { FieldRow } from '../endpoints/schema-fields';
import { formatValue } from '../endpoints/schema-text';
import { typeName, typescriptDefinition } from '../endpoints/typescript-definition';
import { errorTypeUrl } from '../errors/error-catalog';
import { statusReason } from '../http-status';
import type { OpenAPIDocument } from '../openapi/types';
import { blocks, code, fence, json, table } from './markdown-text';

export interface EndpointMarkdownOptions {
  raw: OpenAPIDocument;
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

function parameterTable(parameters: ParameterRow[]): string {
  return table(
    ['Name', 'Type', 'Required', 'Description'],
    parameters.map((p) => [code(p.name), typeText(p), p.required ? 'yes' : 'no', details(p)]),
  );
}

function fieldTable(fields: FieldRow[], withRequired: boolean): string {
  return table(
    withRequired ? ['Field', 'Type', 'Required', 'Description'] : ['Field', 'Type', 'Description'],
    fields.map((f) => {
      const description = [f.variant && `(${f.variant})`, details(f), f.nullable ? 'May be null.' : undefined]
        .filter(Boolean)
        .join(' ');
      return withRequired
        ? [code(f.name), typeText(f), f.required ? 'yes' : 'no', description]
        : [code(f.name), typeText(f), description];
    }),
  );
}

/** An endpoint page as Markdown: everything the HTML page says, with no components. */
export function endpointMarkdown(endpoint: Endpoint, { raw, baseUrl }: EndpointMarkdownOptions): string {
  const { body, success } = endpoint;
  const scopes = !endpoint.requiresAuth
    ? 'This endpoint needs no API token.'
    : `Authorization: ${code('Authorization: Bearer <api-token>')}. ` +
      (endpoint.checksScopes
        ? 'Checks token scopes: a token without the needed permission gets `403 scope_permission_denied`.'
        : endpoint.errors.length > 0
          ? 'Does not check token scopes.'
          : 'Whether it checks token scopes is not yet published.');

  const errorSection = endpoint.errors.length
    ? blocks(
        '## Errors',
        table(
          ['Status', 'Type', 'Description'],
          endpoint.errors.map((row) => [`${row.status} ${statusReason(row.status)}`.trim(), `[${code(row.type)}](${errorTypeUrl(row.type)})`, row.description]),
        ),
        ...endpoint.errors.map((row) =>
          blocks(`### ${row.type}`, `${row.status} ${statusReason(row.status)}. ${row.description}`, json(row.sample)),
        ),
      )
    : blocks('## Errors', 'The error responses of this endpoint are not yet published.');

  const curl = createCodeSamples(sampleTarget(endpoint), { baseUrl }).find((sample) => sample.id === 'curl');

  return blocks(
    `# ${endpoint.title}`,
    code(`${endpoint.method} ${endpoint.path}`),
    endpoint.description,
    endpoint.pathUnconfirmed &&
      '> **Path not yet confirmed.** This endpoint is known by its title, method and description; its path follows the neighbouring endpoints, and its error responses are not yet published.',
    `Base URL: ${baseUrl}`,
    scopes,
    endpoint.parameters.path.length > 0 && blocks('## Path parameters', parameterTable(endpoint.parameters.path)),
    endpoint.parameters.query.length > 0 && blocks('## Query parameters', parameterTable(endpoint.parameters.query)),
    endpoint.parameters.header.length > 0 && blocks('## Header parameters', parameterTable(endpoint.parameters.header)),
    body &&
      blocks(
        '## Request body',
        `${code(body.contentType)}, ${body.required ? 'required' : 'optional'}.${body.description ? ` ${body.description}` : ''}`,
        fence('ts', typescriptDefinition(raw, body.schemaRef, typeName(endpoint.key, 'Body'))),
        body.fields.length > 0 && fieldTable(body.fields, true),
        'Example:',
        json(body.example),
      ),
    success &&
      blocks(
        `## Response ${success.status}`,
        success.description,
        success.fields.length > 0 && fieldTable(success.fields, false),
        success.example !== undefined && json(success.example),
      ),
    errorSection,
    curl && blocks('## Example request', fence('bash', curl.code)),
  );
}
