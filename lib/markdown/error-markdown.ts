import { groupByStatus, retryLabels, type ErrorTypeEntry } from '../errors/error-catalog';
import { statusReason } from '../http-status';
import { blocks, code, json, table } from './markdown-text';

export function errorCatalogMarkdown(entries: ErrorTypeEntry[]): string {
  return blocks(
    '# Error types',
    `All ${entries.length} error types of the Partner API. Every error body is ${code('{ "error": { "type", "message" } }')}; the status and ${code('error.type')} are stable.`,
    ...groupByStatus(entries).map((group) =>
      blocks(
        `## ${group.status} ${statusReason(group.status)}`.trim(),
        table(
          ['Type', 'Meaning', 'Endpoints'],
          group.types.map((entry) => [`[${code(entry.type)}](${entry.url})`, entry.description, String(entry.endpoints.length)]),
        ),
      ),
    ),
  );
}

export function errorTypeMarkdown(entry: ErrorTypeEntry): string {
  return blocks(
    `# ${entry.type}`,
    `${entry.statuses.map((status) => `${status} ${statusReason(status)}`.trim()).join(', ')}. ${entry.description}`,
    entry.cause && blocks('## What typically causes it', entry.cause),
    (entry.handling || entry.retry) &&
      blocks('## How to handle it', entry.retry && `**${retryLabels[entry.retry]}**`, entry.handling),
    blocks('## Sample body', json(entry.sample)),
    blocks(
      '## Returned by',
      entry.endpoints
        .map((endpoint) => `- [${endpoint.title}](${endpoint.url}#${entry.type}): ${code(`${endpoint.method} ${endpoint.path}`)}`)
        .join('\n'),
    ),
  );
}
