import type { JsonValue } from '../openapi/types';
import type { FaultResult, Reproduction, RequestShape } from './profile';

// The Partner API's error types and the requests that cause them on their own; the names of
// types, fields and parameters are the Partner API's.

function object(value: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, JsonValue>) : undefined;
}

function invalidSchema(endpoint: RequestShape): Reproduction | undefined {
  const body = object(endpoint.body?.example);
  const stringField = endpoint.body?.fields.find((f) => f.depth === 0 && f.type.startsWith('string') && f.required);
  if (body && stringField) {
    return { body: { ...body, [stringField.name]: 12345 }, how: `${stringField.name} sent as a number instead of a string` };
  }
  const uuid = endpoint.parameters.path.find((p) => p.format === 'uuid');
  if (uuid) return { path: { [uuid.name]: 'not-a-uuid' }, how: `${uuid.name} is not a UUID` };
  const limit = endpoint.parameters.query.find((p) => p.name === 'limit');
  if (limit) return { query: { limit: '0' }, how: 'limit below its minimum of 1' };
  return undefined;
}

function swappedRange(endpoint: RequestShape, from: string, to: string): Reproduction | undefined {
  const names = endpoint.parameters.query.map((p) => p.name);
  if (!names.includes(from) || !names.includes(to)) return undefined;
  return {
    query: { [from]: '2024-05-02T00:00:00Z', [to]: '2024-05-01T00:00:00Z' },
    how: `${from} later than ${to}`,
  };
}

function bodyChange(endpoint: RequestShape, change: (body: Record<string, JsonValue>) => Record<string, JsonValue> | undefined, how: string) {
  const body = object(endpoint.body?.example);
  const changed = body && change(structuredClone(body));
  return changed ? { body: changed, how } : undefined;
}

const participants = (body: Record<string, JsonValue>) => (Array.isArray(body.participants) ? body.participants : undefined);

const rules: Record<string, (endpoint: RequestShape) => Reproduction | undefined> = {
  missing_api_token: () => ({ token: 'none', how: 'sent without a token' }),
  invalid_api_token: () => ({ token: 'malformed', how: 'sent with a malformed token' }),
  invalid_schema: invalidSchema,
  malformed_connect_token: (endpoint) =>
    bodyChange(endpoint, (body) => ('connectToken' in body ? { ...body, connectToken: 'not-a-connect-token' } : undefined), 'connectToken is malformed'),
  invalid_filter_time_range: (endpoint) => swappedRange(endpoint, 'from', 'to'),
  invalid_updated_filter_time_range: (endpoint) => swappedRange(endpoint, 'updatedFrom', 'updatedTo'),
  invalid_time_range: (endpoint) =>
    bodyChange(
      endpoint,
      (body) => ('startDate' in body && 'endDate' in body ? { ...body, startDate: body.endDate, endDate: body.startDate } : undefined),
      'startDate later than endDate',
    ),
  duplicate_entries_provided: (endpoint) =>
    bodyChange(
      endpoint,
      (body) => {
        const list = participants(body);
        return list?.length ? { ...body, participants: [list[0], list[0]] } : undefined;
      },
      'the same participant twice',
    ),
  mutually_exclusive_fields_violation: (endpoint) =>
    bodyChange(
      endpoint,
      (body) =>
        participants(body) ? { ...body, participants: [{ userId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', email: 'player@example.com' }] } : undefined,
      'a participant with both userId and email',
    ),
};

const stateReasons: [RegExp, string][] = [
  [/_not_found$/, 'needs an ID that does not exist on the environment, which the panel cannot know'],
  [/access_denied$|^user_not_managed$/, 'depends on the relations and token of your account'],
  [/^scope_permission_denied$/, 'needs a token without the permission this endpoint checks'],
  [/already_in_use$|_mismatch$|^connect_token_unusable$|^expired_connect_token$/, 'depends on data already stored on the environment'],
  [/^stale_write$|^version_conflict$|^court_booking_overlap$/, 'depends on a booking already stored on the environment'],
  [/^pro_user_quota_exceeded$|^rate_limit_exceeded$/, "depends on your account's usage"],
  [/^internal_server_error$/, 'happens only when the environment fails'],
];

/** Whether the request alone can cause `type` on this endpoint, and how; or why it needs server-side state. */
export function reproduceWingfieldError(endpoint: RequestShape, type: string): FaultResult {
  // own rules only: a type named `constructor` is no rule of Object's
  const reproduction = Object.hasOwn(rules, type) ? rules[type](endpoint) : undefined;
  if (reproduction) return { reproducible: true, reproduction };
  const reason = stateReasons.find(([pattern]) => pattern.test(type))?.[1] ?? 'needs server-side state';
  return { reproducible: false, why: reason };
}
