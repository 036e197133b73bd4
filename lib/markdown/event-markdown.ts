import type { EventOperation } from '../endpoints';
import { securityBlocks } from '../endpoints/security';
import { typescriptDefinitionIfAny } from '../endpoints/typescript-definition';
import type { OpenAPIDocument } from '../openapi/types';
import { fieldTable, mediaMarkdown, parameterTable, responseMarkdown } from './endpoint-markdown';
import { blocks, code, fence, json } from './markdown-text';

/** A webhook or callback page as Markdown: what the API sends, and what it expects back. */
export function eventMarkdown(event: EventOperation, raw: OpenAPIDocument): string {
  const { body } = event;
  const payloadType = body?.kind === 'json' ? typescriptDefinitionIfAny(raw, body.schemaRef, `${event.typeName}Payload`) : undefined;
  return blocks(
    `# ${event.title}`,
    code(`${event.method} ${event.expression ?? event.name}`),
    event.kind === 'webhook'
      ? `A webhook: the API sends this request to the URL you register for ${code(event.name)}.`
      : event.registeredBy &&
          `A callback of [${event.registeredBy.title}](${event.registeredBy.url}): after that operation, the API sends this request to ${code(event.expression ?? '')}.`,
    event.deprecated && '> **Deprecated.** The API may stop sending this request.',
    event.description,
    event.security && blocks('## Authorization', ...securityBlocks(event.security, {})),
    ...(['path', 'query', 'header', 'cookie'] as const).map(
      (location) =>
        event.parameters[location].length > 0 &&
        blocks(`## ${location.charAt(0).toUpperCase()}${location.slice(1)} parameters`, parameterTable(event.parameters[location])),
    ),
    body &&
      blocks(
        '## Payload',
        `${code(body.contentType)}${body.required ? ', always sent' : ''}.${body.description ? ` ${body.description}` : ''}`,
        body.kind === 'json' && body.contentTypes.length === 1
          ? blocks(payloadType && fence('ts', payloadType), body.fields.length > 0 && fieldTable(body.fields, true), 'Example:', json(body.example))
          : mediaMarkdown(body, { request: true, withExample: true, typescript: payloadType }),
      ),
    blocks(
      '## Expected responses',
      event.responses.length === 0 && 'The document does not say what the API expects in return.',
      ...event.responses.map(responseMarkdown),
    ),
  );
}
