import type { Endpoint, ErrorRow, ErrorStatus, MediaModel, ParameterRow, ResponseModel } from '../endpoints';
import { responseMedia } from '../endpoints/response-media';
import { createCodeSamples, sampleTarget } from '../endpoints/code-samples';
import { endpointContent, mediaLines, type ErrorsContent, type Notice } from '../endpoints/endpoint-content';
import {
  errorStatusSection,
  pageSection,
  presentParameterSections,
  responseStatusSection,
  successSection,
  type FixedSectionId,
  type PageSection,
} from '../endpoints/page-sections';
import type { FieldRow } from '../endpoints/schema-fields';
import { formatValue } from '../endpoints/schema-text';
import { securityBlocks } from '../endpoints/security';
import { statusTitle } from '../http-status';
import { blocks, code, fence, inlineMarkdown, json, table } from './markdown-text';
import { operationHistoryView } from '../changelog/operation-history';
import { operationHistoryMarkdown } from './changelog-markdown';

export interface EndpointMarkdownOptions {
  /** The document's server (`documentedBaseUrl`), never the environment of the process. */
  baseUrl: string;
}

/** A page section's heading, at its depth. */
export function heading(section: PageSection | FixedSectionId): string {
  const { title, depth } = typeof section === 'string' ? pageSection(section) : section;
  return `${'#'.repeat(depth)} ${title}`;
}

/** A call-out of the page as a quote, the way guides' callouts read in Markdown. */
export function noticeMarkdown(notice: Notice | undefined): string | undefined {
  return notice && `> **${notice.title}:** ${notice.text}`;
}

/** Every parameter section the operation has, each with its table. */
export function parameterSectionsMarkdown(parameters: Endpoint['parameters']): string[] {
  return presentParameterSections(parameters).map((section) => blocks(heading(section), parameterTable(section.parameters)));
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
  return blocks(
    ...mediaLines(media, options.request).map(inlineMarkdown),
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
  return blocks(heading(responseStatusSection(response.status)), response.description, responseContentMarkdown(response, true));
}

function errorsMarkdown(endpoint: Endpoint, content: ErrorsContent): string {
  const { typed } = content;
  const rowsOf = (status: ErrorStatus) => endpoint.errors.filter((row) => row.status === status.status);
  // statuses outside the convention (no typed example) are shown as documented, after the types
  const asDocumented = endpoint.errorStatuses.filter((status) => !typed.some((row) => row.status === status.status));
  return blocks(
    heading('errors'),
    inlineMarkdown(content.intro),
    typed.length > 0 &&
      table(
        ['Status', 'Type', 'Description'],
        typed.map((row) => [statusTitle(row.status), `[${code(row.type)}](${row.url})`, row.description]),
      ),
    ...typed.map((row) => blocks(`### ${row.type}`, `${statusTitle(row.status)}. ${row.description}`, row.sample !== undefined && json(row.sample))),
    ...asDocumented.map((status) => statusBlock(status, rowsOf(status))),
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
    heading(errorStatusSection(status.status)),
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

/** An endpoint page as Markdown: everything the HTML page says, with no components. */
export function endpointMarkdown(endpoint: Endpoint, { baseUrl }: EndpointMarkdownOptions): string {
  const { body, success, profile } = endpoint;
  const content = endpointContent(endpoint);
  const samples = createCodeSamples(sampleTarget(endpoint), { baseUrl });

  return blocks(
    `# ${endpoint.title}`,
    code(`${endpoint.method} ${endpoint.path}`),
    operationHistoryMarkdown(operationHistoryView(endpoint)),
    noticeMarkdown(content.deprecated),
    endpoint.description,
    noticeMarkdown(content.pathUnconfirmed),
    // named as such: not the environment the try-it panel sends to
    `Base URL (the document's server): ${baseUrl}`,
    blocks(
      heading('authorization'),
      ...securityBlocks(endpoint.security, { guide: profile.authenticationGuide }),
      content.scopeNote && inlineMarkdown(content.scopeNote),
    ),
    ...parameterSectionsMarkdown(endpoint.parameters),
    body &&
      content.body &&
      blocks(
        heading('request-body'),
        inlineMarkdown(content.body.lead),
        content.body.plainJson
          ? blocks(
              content.body.typescript && fence('ts', content.body.typescript),
              body.fields.length > 0 && fieldTable(body.fields, true),
              'Example:',
              json(body.example),
            )
          : mediaMarkdown(body, { request: true, withExample: true, typescript: content.body.typescript }),
      ),
    success &&
      content.success &&
      blocks(
        heading(successSection(success.status)),
        success.description,
        content.success.plainJson
          ? blocks(
              success.fields.length > 0 && fieldTable(success.fields, false),
              // as on the page: the type follows the table
              content.success.typescript && fence('ts', content.success.typescript),
              success.example !== undefined && json(success.example),
            )
          : blocks(success.kind !== 'json' && code(success.contentType ?? ''), mediaMarkdown(responseMedia(success)!, { request: false, withExample: true })),
      ),
    endpoint.otherResponses.length > 0 && blocks(heading('other-responses'), ...endpoint.otherResponses.map(responseMarkdown)),
    errorsMarkdown(endpoint, content.errors),
    endpoint.callbacks.length > 0 &&
      blocks(
        heading('callbacks'),
        inlineMarkdown(content.callbacksLead),
        endpoint.callbacks.map((callback) => `- [${callback.title}](${callback.url}): ${code(`${callback.method} ${callback.expression}`)}`).join('\n'),
      ),
    // the page's samples, each named as its tab is
    blocks(
      heading('code-samples'),
      content.codeSamplesLead && inlineMarkdown(content.codeSamplesLead),
      ...samples.map((sample) => blocks(`${sample.label}:`, fence(sample.lang, sample.code))),
    ),
  );
}
