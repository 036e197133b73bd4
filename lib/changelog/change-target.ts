import type { Change } from '../changes/change';
import type { ApiModel, Endpoint } from '../endpoints';
import { errorStatusSection, fieldRowId, parameterRowId, responseStatusSection } from '../endpoints/page-sections';
import { pointerSegments } from '../openapi/json-pointer';

/** Where a change can be read in the reference as it is now. */
export interface ChangeTarget {
  /** "POST /bookings", as the operation was when it changed. */
  operation: string;
  /** The operation's page, when it still exists. */
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

/** The row of the parameter, field or response status that the change is about, if the page still has it. */
function rowOf(endpoint: Endpoint, change: Change): ChangeTarget['row'] {
  const { field, side } = change.location;
  const at = (id: string, label: string) => ({ url: `${endpoint.url}#${encodeURIComponent(id)}`, label });
  const parameterRow = () => {
    // a parameter's field is its name, then the path inside its schema: `filter.status`
    const names = field ? [field, field.split('.')[0]] : [];
    for (const name of names) {
      for (const location of ['path', 'query', 'header', 'cookie'] as const) {
        if (endpoint.parameters[location].some((parameter) => parameter.name === name)) return at(parameterRowId(location, name), name);
      }
    }
    return undefined;
  };
  if (side === 'request') {
    if (isParameterChange(change)) return parameterRow();
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

/** The operation a change is in, and its page and row in the reference as it is now. */
export function changeTarget(change: Change, model: ApiModel): ChangeTarget | undefined {
  const operation = change.location.operation;
  if (!operation) return undefined;
  const endpoint = findEndpoint(model, operation.method, operation.path);
  return {
    operation: `${operation.method.toUpperCase()} ${operation.path}`,
    ...(endpoint && { endpoint: { title: endpoint.title, url: endpoint.url, method: endpoint.method } }),
    ...(endpoint && { row: rowOf(endpoint, change) }),
  };
}
