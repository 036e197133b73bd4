import { counted, type InlineText } from '../inline-text';
import { errorHandlingOf } from '../profile';
import type { Endpoint, ErrorRow, EventOperation, MediaModel } from './endpoint';
import { typeName, typescriptDefinition, typescriptDefinitionIfAny } from './typescript-definition';
import { writtenDocument } from './written-document';

/*
 * What an endpoint's or event's page says beyond its tables, built once: the HTML page
 * (`components/endpoint`) and its Markdown twin (`lib/markdown`) both draw these sentences and
 * TypeScript definitions, and take their headings from `page-sections.ts`.
 */

/** A call-out: a callout on the page, a quote in Markdown. */
export interface Notice {
  title: string;
  text: string;
}

export interface BodyContent {
  /** Media type, whether it is required, and its description. */
  lead: InlineText;
  /** One JSON media type: type, field table and example; otherwise, what `mediaLines` says. */
  plainJson: boolean;
  typescript?: string;
}

export interface SuccessContent {
  /** One JSON media type, or no content: fields, type and example; otherwise, what `mediaLines` says. */
  plainJson: boolean;
  typescript?: string;
}

export interface ErrorsContent {
  /** `typed`: a list of error types, then any status the convention does not cover; `statuses`: each status as documented. */
  layout: 'typed' | 'statuses';
  intro: InlineText;
  /** The error types, when `layout` is `typed`. */
  typed: ErrorRow[];
}

export interface EndpointContent {
  deprecated?: Notice;
  pathUnconfirmed?: Notice;
  scopeNote?: InlineText;
  body?: BodyContent;
  success?: SuccessContent;
  errors: ErrorsContent;
  callbacksLead: InlineText;
  codeSamplesLead?: InlineText;
}

const plainJson = (media: { kind?: string; contentType?: string; contentTypes?: string[] }) =>
  media.kind === 'json' && (media.contentTypes?.length ?? 0) <= 1;

export function endpointContent(endpoint: Endpoint): EndpointContent {
  const raw = writtenDocument(endpoint);
  const { body, success, profile } = endpoint;
  const bodyType = body && typescriptDefinitionIfAny(raw, body.schemaRef, typeName(endpoint.key, 'Body'), 'request');
  return {
    deprecated: endpoint.deprecated
      ? { title: 'Deprecated', text: 'This operation is deprecated: it still works, but may be removed. Avoid it in new code.' }
      : undefined,
    pathUnconfirmed: endpoint.pathUnconfirmed
      ? {
          title: 'Path not yet confirmed',
          text: 'This endpoint is known by its title, method and description. Its path follows the neighbouring endpoints and is not yet confirmed; its error responses are not yet published.',
        }
      : undefined,
    scopeNote: profile.scopeNotes && endpoint.requiresAuth ? scopeNote(endpoint) : undefined,
    body: body && {
      lead: [{ code: body.contentType }, `, ${body.required ? 'required' : 'optional'}.`, ...described(body.description)],
      plainJson: plainJson(body),
      // a body of any JSON has no type; a form's type is shown with its fields
      typescript: body.kind === 'json' || body.kind === 'form' ? bodyType : undefined,
    },
    success: success && {
      plainJson: !success.contentType || plainJson(success),
      // as on the page: the type follows the table, and a body without fields has none
      typescript:
        success.schemaRef && success.fields.length > 0
          ? typescriptDefinition(raw, success.schemaRef, typeName(endpoint.key, 'Response'), 'response')
          : undefined,
    },
    errors: errorsContent(endpoint),
    callbacksLead: ['After this operation, the API sends these requests to the URL the caller gives:'],
    codeSamplesLead: profile.authenticationGuide
      ? ['Replace ', { code: endpoint.token.placeholder }, ` with your ${endpoint.token.label}; see `, { link: profile.authenticationGuide, text: ['Authentication'] }, '.']
      : endpoint.requiresAuth
        ? ['Replace ', ...samplePlaceholders(endpoint), ' with your credentials; see ', { link: '#authorization', text: ['Authorization'] }, '.']
        : undefined,
  };
}

/** The placeholders the samples write: those of the first alternative, which they send (`<api-key>`, `<username>:<password>`). */
function samplePlaceholders(endpoint: Endpoint): InlineText {
  const placeholders = [...new Set((endpoint.security.alternatives[0] ?? []).map((scheme) => scheme.credential.placeholder))];
  if (placeholders.length === 0) return [{ code: endpoint.token.placeholder }];
  return placeholders.flatMap((placeholder, index): InlineText => [...(index > 0 ? [index === placeholders.length - 1 ? ' and ' : ', '] : []), { code: placeholder }]);
}

function described(text: string | undefined): InlineText {
  return text ? [' ', { described: text }] : [];
}

function scopeNote(endpoint: Endpoint): InlineText {
  if (endpoint.checksScopes) {
    return [
      { strong: 'Checks token scopes:' },
      ' a token without the permission this endpoint needs gets ',
      { link: '#scope_permission_denied', text: [{ code: '403 scope_permission_denied' }] },
      '. The exact scope is not published per endpoint; see ',
      { link: endpoint.profile.authenticationGuide ?? '#authorization', text: ['Authentication'] },
      '.',
    ];
  }
  return [endpoint.errors.length > 0 ? 'Does not check token scopes: any valid token may call it.' : 'Whether it checks token scopes is not yet published.'];
}

function errorsContent(endpoint: Endpoint): ErrorsContent {
  const { errorStatuses, profile } = endpoint;
  const typed = endpoint.errors.filter((row) => row.typed);
  if (!profile.typedErrors || (typed.length === 0 && endpoint.errors.length > 0)) {
    return {
      layout: 'statuses',
      intro: [errorStatuses.length === 0 ? 'This operation documents no error responses.' : `${counted(errorStatuses.length, 'error status', 'error statuses')}.`],
      typed: [],
    };
  }
  // typed errors come with the profile's envelope and guide (see lib/profile/wingfield.ts)
  const { guide, envelope } = errorHandlingOf(profile);
  const handling = { link: guide, text: ['Error handling'] };
  if (typed.length === 0) {
    return {
      layout: 'typed',
      intro: ['The error responses of this endpoint are not yet published. Handle errors by status and ', { code: 'error.type' }, ' as described in ', handling, '.'],
      typed,
    };
  }
  return {
    layout: 'typed',
    intro: [
      `${counted(typed.length, 'error type')} in ${counted(errorStatuses.length, 'status', 'statuses')}. Every error body has the shape `,
      { code: envelope },
      '; branch on the status and ',
      { code: 'error.type' },
      ', never on the message. See ',
      handling,
      '.',
    ],
    typed,
  };
}

/** What the media of a body or response is, before its fields: other media types, binary data, parts. */
export function mediaLines(media: MediaModel, request: boolean): InlineText[] {
  const others = media.contentTypes.filter((type) => type !== media.contentType);
  const lines: InlineText[] = [];
  if (others.length > 0) {
    lines.push([`Also ${request ? 'accepted' : 'available'} as `, ...others.flatMap((type, index) => [...(index > 0 ? [', '] : []), { code: type }]), '.']);
  }
  if (media.kind === 'binary') {
    lines.push(['Binary data (', { code: media.contentType }, `): the ${request ? 'request' : 'response'} body is the file's bytes.`]);
  }
  if (media.kind === 'multipart') lines.push(['One part per field; a ', { code: 'file' }, " field carries a file's bytes."]);
  return lines;
}

export interface EventContent {
  /** What the request is: a webhook, or a callback of which operation. */
  lead?: InlineText;
  deprecated?: Notice;
  payload?: { lead: InlineText; plainJson: boolean; typescript?: string };
  /** Said when the document gives no response. */
  noResponses: string;
}

export function eventContent(event: EventOperation): EventContent {
  const raw = writtenDocument(event);
  const { body } = event;
  const name = `${event.typeName}Payload`;
  return {
    lead:
      event.kind === 'webhook'
        ? ['A webhook: the API sends this request to the URL you register for ', { code: event.name }, '.']
        : event.registeredBy && [
            'A callback of ',
            { link: event.registeredBy.url, text: [event.registeredBy.title] },
            ': after that operation, the API sends this request to ',
            { code: event.expression ?? '' },
            '.',
          ],
    deprecated: event.deprecated ? { title: 'Deprecated', text: 'This request is deprecated: the API may stop sending it.' } : undefined,
    payload: body && {
      lead: [{ code: body.contentType }, `${body.required ? ', always sent' : ''}.`, ...described(body.description)],
      plainJson: body.kind === 'json' && body.contentTypes.length === 1,
      typescript:
        body.kind === 'json'
          ? typescriptDefinitionIfAny(raw, body.schemaRef, name)
          : body.kind === 'form'
            ? typescriptDefinitionIfAny(raw, body.schemaRef, name, 'request')
            : undefined,
    },
    noResponses: 'The document does not say what the API expects in return.',
  };
}
