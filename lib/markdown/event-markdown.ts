import type { EventOperation } from '../endpoints';
import { eventContent } from '../endpoints/endpoint-content';
import { securityBlocks } from '../endpoints/security';
import { fieldTable, heading, mediaMarkdown, noticeMarkdown, parameterSectionsMarkdown, responseMarkdown } from './endpoint-markdown';
import { blocks, code, fence, inlineMarkdown, json } from './markdown-text';

/** A webhook or callback page as Markdown: what the API sends, and what it expects back. */
export function eventMarkdown(event: EventOperation): string {
  const { body } = event;
  const content = eventContent(event);
  const payload = content.payload;
  return blocks(
    `# ${event.title}`,
    code(`${event.method} ${event.expression ?? event.name}`),
    content.lead && inlineMarkdown(content.lead),
    noticeMarkdown(content.deprecated),
    event.description,
    event.security && blocks(heading('authorization'), ...securityBlocks(event.security, {})),
    ...parameterSectionsMarkdown(event.parameters),
    body &&
      payload &&
      blocks(
        heading('payload'),
        inlineMarkdown(payload.lead),
        payload.plainJson
          ? blocks(payload.typescript && fence('ts', payload.typescript), body.fields.length > 0 && fieldTable(body.fields, true), 'Example:', json(body.example))
          : mediaMarkdown(body, { request: true, withExample: true, typescript: payload.typescript }),
      ),
    blocks(heading('responses'), event.responses.length === 0 && content.noResponses, ...event.responses.map(responseMarkdown)),
  );
}
