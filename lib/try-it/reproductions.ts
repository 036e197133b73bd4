import type { Endpoint } from '../endpoints/endpoint';
import type { JsonValue } from '../openapi/types';
import type { Reproduction } from '../profile';

export type { FaultResult, Reproduction } from '../profile';

/** The request's parameters and body, complete: what the panel's form is set to. */
export interface ReproductionValues {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: JsonValue;
}

/** A reproduction as the panel loads it: the documented example plus the one fault, and what changed. */
export interface LoadedReproduction extends Pick<Reproduction, 'token' | 'how'> {
  values: ReproductionValues;
  /** Each difference from the documented example, for the banner: "token omitted", "connectToken: …". */
  changes: string[];
}

export type ReproductionResult = { reproducible: true; reproduction: LoadedReproduction } | { reproducible: false; why: string };

/** The documented example request: every path parameter, the required query parameters, the body example. */
export function exampleValues(endpoint: Endpoint): ReproductionValues {
  return {
    path: Object.fromEntries(endpoint.parameters.path.map((p) => [p.name, String(p.sample)])),
    query: Object.fromEntries(endpoint.parameters.query.filter((p) => p.required).map((p) => [p.name, String(p.sample)])),
    body: endpoint.body?.example,
  };
}

function object(value: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, JsonValue>) : undefined;
}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? 'nothing');

/** Each value that differs from the example, said in the words the panel's fields use. */
function describeChanges(reproduction: Reproduction, example: ReproductionValues): string[] {
  const changes: string[] = [];
  if (reproduction.token === 'none') changes.push('token omitted');
  if (reproduction.token === 'malformed') changes.push('token replaced by a malformed one');
  for (const [location, values] of [['path', reproduction.path], ['query', reproduction.query]] as const) {
    for (const [name, value] of Object.entries(values ?? {})) {
      changes.push(`${location} parameter ${name}: ${show(value)} instead of ${example[location][name] === undefined ? 'nothing' : show(example[location][name])}`);
    }
  }
  const before = object(example.body) ?? {};
  const after = object(reproduction.body);
  if (after) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
      changes.push(key in after ? `body ${key}: ${show(after[key])} instead of ${key in before ? show(before[key]) : 'nothing'}` : `body ${key} removed`);
    }
  }
  return changes;
}

/**
 * Whether the request alone can cause the error row `type`, by the rules of the document's
 * profile; the request loaded is the documented example plus that one fault.
 */
export function reproduce(endpoint: Endpoint, type: string): ReproductionResult {
  const result = endpoint.profile.reproduce?.(endpoint, type) ?? { reproducible: false, why: 'no rule to reproduce it is known' };
  if (!result.reproducible) return result;
  const fault = result.reproduction;
  const example = exampleValues(endpoint);
  const values: ReproductionValues = {
    path: { ...example.path, ...fault.path },
    query: { ...example.query, ...fault.query },
    body: fault.body ?? example.body,
  };
  const reproduction: LoadedReproduction = { how: fault.how, values, changes: describeChanges(fault, example) };
  if (fault.token) reproduction.token = fault.token;
  return { reproducible: true, reproduction };
}
