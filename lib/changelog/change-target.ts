import type { Change, EventRef } from '../changes/change';
import { eventSubject } from '../changes/event-changes';
import type { ApiModel, Endpoint, EventOperation } from '../endpoints';
import { errorStatusSection, fieldRowId, pageSection, parameterRowId, responseStatusSection } from '../endpoints/page-sections';
import { pointerSegments } from '../openapi/json-pointer';

/** Where a change can be read in the reference as it is now. */
export interface ChangeTarget {
  /** "POST /bookings", or "webhook bookingCreated", as the operation or event was when it changed. */
  operation: string;
  /** The operation's or event's page, when it still exists. */
  endpoint?: Pick<Endpoint, 'title' | 'url' | 'method'>;
  /** The row or section of the parameter, field or status that changed, when it still exists. */
  row?: { url: string; label: string };
}

/** `participants[].email` and `participants.email` are the same field to a link. */
const sameField = (a: string, b: string) => a.replaceAll('[]', '') === b.replaceAll('[]', '');

function findEndpoint(model: ApiModel, method: string, path: string): Endpoint | undefined {
  const upper = method.toUpperCase();
  return model.endpoints.find((endpoint) => endpoint.method === upper && endpoint.path === path);
}

/** Whether a change's place is a parameter (its pointer goes through `parameters`), not a body field. */
export function isParameterChange(change: Change): boolean {
  return pointerSegments(change.location.pointer).includes('parameters');
}

/** A link to a row or section of a page. */
function rowLink(page: { url: string }, id: string, label: string): NonNullable<ChangeTarget['row']> {
  return { url: `${page.url}#${encodeURIComponent(id)}`, label };
}

/** The row of the parameter a change is about; its field is the name, then the path inside its schema (`filter.status`). */
function parameterRow(page: Pick<Endpoint, 'url' | 'parameters'>, field: string | undefined): ChangeTarget['row'] {
  const names = field ? [field, field.split('.')[0]] : [];
  for (const name of names) {
    for (const location of ['path', 'query', 'header', 'cookie'] as const) {
      if (page.parameters[location].some((parameter) => parameter.name === name)) return rowLink(page, parameterRowId(location, name), name);
    }
  }
  return undefined;
}

/** The row of the parameter, field or response status that the change is about, if the page still has it. */
function rowOf(endpoint: Endpoint, change: Change): ChangeTarget['row'] {
  const { field, side } = change.location;
  const at = (id: string, label: string) => rowLink(endpoint, id, label);
  if (side === 'request') {
    if (isParameterChange(change)) return parameterRow(endpoint, field);
    const row = field && endpoint.body?.fields.find((candidate) => sameField(candidate.name, field));
    return row ? at(fieldRowId('request', row.name), row.name) : undefined;
  }
  const segments = pointerSegments(change.location.pointer);
  const status = change.location.status ?? (segments.includes('responses') ? segments[segments.indexOf('responses') + 1] : undefined);
  if (side !== 'response' || status === undefined) return undefined;
  if (endpoint.success?.status === status) {
    const row = field && endpoint.success.fields.find((candidate) => sameField(candidate.name, field));
    return row ? at(fieldRowId('response', row.name), row.name) : undefined;
  }
  if (endpoint.errorStatuses.some((candidate) => candidate.status === status)) {
    const section = errorStatusSection(status);
    return at(section.id, section.title);
  }
  if (endpoint.otherResponses.some((candidate) => candidate.status === status)) {
    const section = responseStatusSection(status);
    return at(section.id, section.title);
  }
  return undefined;
}

/** The page of a webhook or callback, while the reference still has it. */
export function findEventPage(model: ApiModel, ref: EventRef): EventOperation | undefined {
  if (ref.kind === 'webhook') return model.webhooks.find((event) => event.name === ref.name && event.method === ref.method);
  const registrar = ref.registeredBy && findEndpoint(model, ref.registeredBy.method, ref.registeredBy.path);
  return registrar?.callbacks.find((event) => event.name === ref.name && event.method === ref.method && event.expression === ref.expression);
}

/** The row of an event's page that a change is about: a parameter, a payload field, the payload, an expected response. */
function eventRowOf(event: EventOperation, change: Change): ChangeTarget['row'] {
  const { field, side, status } = change.location;
  if (side === 'response') {
    if (status === undefined || !event.responses.some((response) => response.status === status)) return undefined;
    const section = responseStatusSection(status);
    return rowLink(event, section.id, section.title);
  }
  if (isParameterChange(change)) return parameterRow(event, field);
  if (!event.body) return undefined;
  const row = field && event.body.fields.find((candidate) => sameField(candidate.name, field));
  if (row) return rowLink(event, fieldRowId('request', row.name), row.name);
  const payload = pageSection('payload');
  return rowLink(event, payload.id, payload.title);
}

/** The operation or event a change is in, and its page and row in the reference as it is now. */
export function changeTarget(change: Change, model: ApiModel): ChangeTarget | undefined {
  const { operation, event } = change.location;
  if (event) {
    const page = findEventPage(model, event);
    return {
      operation: eventSubject(event),
      ...(page && { endpoint: { title: page.title, url: page.url, method: page.method }, row: eventRowOf(page, change) }),
    };
  }
  if (!operation) return undefined;
  const endpoint = findEndpoint(model, operation.method, operation.path);
  return {
    operation: `${operation.method.toUpperCase()} ${operation.path}`,
    ...(endpoint && { endpoint: { title: endpoint.title, url: endpoint.url, method: endpoint.method } }),
    ...(endpoint && { row: rowOf(endpoint, change) }),
  };
}
