import type { JsonValue } from '../openapi/types';
import { percentDecodings } from '../percent-decodings';
import type { ParameterSpec } from './validate-request';
import { createServerTemplate, resolveServerTemplate, type ServerVariable } from '../server-template';
import { linkVersion, withoutRemovedFields, type LinkChanges, type StaleLink } from './link-changes';

/**
 * A request of the try-it panel as a link: `<page>#try-it=<base64url JSON>`. The fragment never
 * reaches a server, so the request's values stay out of every log; the API token is never in it.
 */
export const shareFragmentPrefix = '#try-it=';

/** The most a shared link's fragment may carry; more is refused, whoever made it. */
export const maxShareFragmentBytes = 8 * 1024;

type ParameterValue = string | number | boolean | (string | number | boolean)[];
type ParameterLocation = 'path' | 'query' | 'header';
const locations: ParameterLocation[] = ['path', 'query', 'header'];

export interface SharedValues {
  path: Record<string, ParameterValue>;
  query: Record<string, ParameterValue>;
  header: Record<string, ParameterValue>;
  body?: JsonValue;
}

export interface SharedRequest {
  operationId: string;
  /** The environment's label, as the panel lists it. */
  environment?: string;
  /** The values of the environment's server variables, when its server has some (`{region}`). */
  serverVariables?: Record<string, string>;
  /** The document's version the link was made for (`info.version`); links made before links carried it have none. */
  version?: string;
  values: SharedValues;
}

/** What a link is checked against: the page's operation and the environments configured now. */
export interface ShareTarget {
  operationId: string;
  parameters: ParameterSpec[];
  hasBody: boolean;
  environments: string[];
  /** The servers with `{variables}` among them, by label: a link's values must be ones they produce. */
  serverTemplates?: Record<string, { url: string; variables: Record<string, ServerVariable> }>;
  /** The parameters of the document's API key schemes: a link never sets them. */
  credentials: CredentialParameter[];
  /** The document's version and the changes to this operation's request since each earlier release, when it has releases. */
  changes?: LinkChanges;
}

/** A parameter that an `apiKey` security scheme names. */
export interface CredentialParameter {
  in: 'header' | 'query' | 'cookie';
  name: string;
}

export type DecodedShareLink =
  | {
      ok: true;
      request: SharedRequest;
      /** Made for an earlier release after which this operation changed: what changed, and what was left out. */
      stale?: StaleLink;
      /** Made for a version this site does not know (nor shows): it cannot say what changed. */
      unknownVersion?: true;
    }
  | { ok: false; problem: string };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Quoted and cut short: what a link says is shown as text, never trusted for its length. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 59)}…` : value;
  return `"${short}"`;
}

/** The fragment of a link to `request`, `#try-it=…`; the token is not part of a request. */
export function encodeShareFragment(request: SharedRequest): string {
  const { operationId, environment, serverVariables, values } = request;
  const payload: Record<string, unknown> = { v: 1, op: operationId };
  if (request.version) payload.ver = request.version;
  if (environment) payload.env = environment;
  if (environment && serverVariables && Object.keys(serverVariables).length > 0) payload.vars = serverVariables;
  for (const location of locations) if (Object.keys(values[location]).length > 0) payload[location] = values[location];
  if (values.body !== undefined) payload.body = values.body;
  return shareFragmentPrefix + toBase64Url(JSON.stringify(payload));
}

/** The encoded request of a location's hash, when it is a shared link. */
export function shareFragmentOf(hash: string): string | undefined {
  return hash.startsWith(shareFragmentPrefix) ? hash.slice(shareFragmentPrefix.length) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const scalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Keys that would reach an object's prototype if the form engine assigned them. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

function bodyProblem(value: unknown, depth = 0): string | undefined {
  if (depth > 32) return 'the body is nested more than 32 levels deep';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = bodyProblem(item, depth + 1);
      if (problem) return problem;
    }
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (unsafeKeys.has(key)) return `the body has a field named ${quote(key)}`;
      const problem = bodyProblem(item, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The parameters of every `apiKey` security scheme of a document. */
export function credentialParameters(document: { components?: { securitySchemes?: Record<string, unknown> } }): CredentialParameter[] {
  const schemes = Object.values(document.components?.securitySchemes ?? {});
  return schemes.flatMap((scheme) => {
    if (!isObject(scheme) || scheme.type !== 'apiKey' || typeof scheme.name !== 'string') return [];
    if (scheme.in !== 'header' && scheme.in !== 'query' && scheme.in !== 'cookie') return [];
    return [{ in: scheme.in, name: scheme.name }];
  });
}

/** The words of a name: `X-Api-Key`, `x_api_key` and `xApiKey` are all `x api key`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words that make a header or query parameter a credential, whatever the document calls it. */
const credentialWords = new Set(['auth', 'authorization', 'token', 'secret', 'password', 'passwd', 'credential', 'credentials', 'cookie', 'apikey', 'signature']);
/** Two words that do together: `api key`, `access key`, `private key`. */
const credentialPairs = new Set(['api key', 'access key', 'private key', 'secret key']);

/**
 * Whether a header, query or cookie parameter carries a credential: a parameter of an API key
 * scheme of the document (by name, in any case), or a name such as `Authorization`,
 * `Proxy-Authorization`, `Cookie`, `X-Api-Key`, `access_token`, `client_secret` or `key`. A link
 * never sets one, and the panel never puts one in a link or the history. Path values are
 * identifiers of resources, written in every log: not checked.
 */
export function isCredentialParameter(location: string, name: string, credentials: CredentialParameter[]): boolean {
  if (location === 'path') return false;
  const lower = name.toLowerCase();
  if (credentials.some((credential) => credential.name.toLowerCase() === lower)) return true;
  const words = wordsOf(name);
  if (words.length === 1 && words[0] === 'key') return true;
  return words.some((word, index) => credentialWords.has(word) || credentialPairs.has(`${word} ${words[index + 1]}`));
}

/** A shared path value is read as the URL's parsers and the API's server may read it: up to three percent-decodings. */
const pathDecodings = 3;

/**
 * Why a shared path value is refused: one that holds `/`, `?`, `#`, `\` or `..`, or is `.`, as
 * written or percent-encoded, would take the reader's request, with their token, to another
 * endpoint. Typed values are encoded instead; a link is someone else's.
 */
function sharedPathProblem(name: string, value: unknown): string | undefined {
  const refused = `the path parameter ${quote(name)} holds ${quote(String(value))}`;
  const why = 'which would take the request to another endpoint (a shared path value may not hold /, ?, #, \\ or .., written out or percent-encoded)';
  if (String(value) === '') return `the path parameter ${quote(name)} is empty`;
  // one decoding more than allowed, to tell a value encoded too many times over
  const forms = percentDecodings(String(value), pathDecodings + 1);
  if (forms.slice(0, pathDecodings + 1).some((form) => /[/?#\\]/.test(form) || form.includes('..') || form === '.')) return `${refused}, ${why}`;
  if (forms.length > pathDecodings + 1) return `${refused}, percent-encoded more than ${pathDecodings} times over`;
  return undefined;
}

function parametersProblem(location: ParameterLocation, value: unknown, target: ShareTarget): string | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) return `its ${location} parameters are not a list of names and values`;
  const documented = new Set(target.parameters.filter((p) => p.in === location).map((p) => p.name));
  for (const [name, item] of Object.entries(value)) {
    if (!documented.has(name) || unsafeKeys.has(name)) {
      const known = [...documented];
      return `${quote(name)} is not a ${location} parameter of this endpoint${known.length ? ` (it has ${known.join(', ')})` : ` (it has none)`}`;
    }
    if (!scalar(item) && !(location === 'query' && Array.isArray(item) && item.every(scalar))) {
      return `the ${location} parameter ${quote(name)} is not a plain value`;
    }
    if (isCredentialParameter(location, name, target.credentials)) {
      return `it sets the ${location} parameter ${quote(name)}, which carries a credential: a link never does; yours is used`;
    }
    if (location === 'path') {
      const problem = sharedPathProblem(name, item);
      if (problem) return problem;
    }
    if (typeof item === 'string' && !item.isWellFormed()) return `the ${location} parameter ${quote(name)} is not valid text`;
  }
  return undefined;
}

/**
 * Why a link's server variables cannot be used, or `undefined`: they need an environment whose
 * server has variables, and each value must be one that the server's template produces (an
 * enum's value, one host label or one path segment), checked by the same code as the proxy's.
 */
function serverVariablesProblem(environment: string | undefined, vars: unknown, target: ShareTarget): string | undefined {
  if (vars === undefined) return undefined;
  const server = environment === undefined ? undefined : target.serverTemplates?.[environment];
  if (!server) return `it sets server variables, and its environment ${quote(String(environment ?? 'none'))} has none`;
  if (!isObject(vars)) return 'its server variables are not a list of names and values';
  const template = createServerTemplate(server);
  for (const [name, value] of Object.entries(vars)) {
    if (!Object.hasOwn(server.variables, name)) return `it sets the server variable ${quote(name)}, which ${quote(environment!)} does not have`;
    if (typeof value !== 'string') return `the server variable ${quote(name)} is not text`;
  }
  const values = vars as Record<string, string>;
  let produced: URL | undefined;
  try {
    produced = new URL(`${resolveServerTemplate(server.url, server.variables, values)}/`);
  } catch {
    produced = undefined;
  }
  const match = produced && template?.match(produced);
  const differs = match && Object.entries(values).find(([name, value]) => match.values[name] !== value);
  if (!match || differs) {
    return `its server variables make ${quote(resolveServerTemplate(server.url, server.variables, values))}, which is not a URL of ${quote(environment!)} (${quote(server.url)})`;
  }
  return undefined;
}

/**
 * Reads a shared link's request, checked against this page's operation: the right operation, a
 * configured environment, only documented parameters with plain values, a body only where the
 * operation takes one. Values are then checked against their schemas by the panel, as typed ones.
 */
export function decodeShareFragment(encoded: string, target: ShareTarget): DecodedShareLink {
  const fail = (problem: string): DecodedShareLink => ({ ok: false, problem });
  const bytes = shareFragmentPrefix.length + encoded.length;
  if (bytes > maxShareFragmentBytes) {
    return fail(`it carries ${(bytes / 1024).toFixed(1)} KB, more than the ${maxShareFragmentBytes / 1024} KB a shared link may carry`);
  }
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return fail('it is not a link made by "Copy link to this request" (unexpected characters)');
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(encoded));
  } catch {
    return fail('it is damaged: its request could not be read (was it cut short when copied?)');
  }
  if (!isObject(payload) || payload.v !== 1 || typeof payload.op !== 'string') {
    return fail('it is not a link made by "Copy link to this request"');
  }
  const extra = Object.keys(payload).filter((key) => !['v', 'op', 'ver', 'env', 'vars', 'path', 'query', 'header', 'body'].includes(key));
  if (extra.length > 0) return fail(`it has parts this page does not know: ${extra.map(quote).join(', ')}`);
  if (payload.op !== target.operationId) {
    return fail(`it is for the operation ${quote(payload.op)}, not for this page's ${quote(target.operationId)}`);
  }
  if (payload.env !== undefined && (typeof payload.env !== 'string' || !target.environments.includes(payload.env))) {
    return fail(
      `its environment ${quote(String(payload.env))} is not configured on this site (it has ${target.environments.join(', ')})`,
    );
  }
  const variablesProblem = serverVariablesProblem(payload.env as string | undefined, payload.vars, target);
  if (variablesProblem) return fail(variablesProblem);
  // made for an earlier release after which the operation changed: what it no longer has is left out and named
  const version = linkVersion(payload.ver, target.changes);
  const earlier = version?.known === 'earlier' && version.changes.length > 0 ? version : undefined;
  const dropped: string[] = [];
  if (earlier) {
    for (const location of locations) {
      const values = payload[location];
      if (!isObject(values)) continue;
      const documented = new Set(target.parameters.filter((p) => p.in === location).map((p) => p.name));
      for (const name of Object.keys(values)) {
        if (documented.has(name)) continue;
        delete values[name];
        dropped.push(`${location} parameter \`${name.length > 60 ? `${name.slice(0, 59)}…` : name}\``);
      }
    }
    if (payload.body !== undefined && !target.hasBody) {
      delete payload.body;
      dropped.push('the body');
    }
  }
  for (const location of locations) {
    const problem = parametersProblem(location, payload[location], target);
    if (problem) return fail(problem);
  }
  if (payload.body !== undefined) {
    if (!target.hasBody) return fail('it has a body, and this endpoint takes none');
    const problem = bodyProblem(payload.body);
    if (problem) return fail(problem);
    // after the check: what is left out is taken from a body already known to be plain data
    if (earlier) {
      const trimmed = withoutRemovedFields(payload.body, earlier.changes);
      payload.body = trimmed.body;
      dropped.push(...trimmed.dropped);
    }
  }
  return {
    ok: true,
    ...(earlier && target.changes && { stale: { version: earlier.version, current: target.changes.current, changes: earlier.changes, dropped } }),
    ...(version?.known === 'unknown' && { unknownVersion: true as const }),
    request: {
      operationId: payload.op,
      environment: payload.env as string | undefined,
      ...(payload.vars !== undefined ? { serverVariables: payload.vars as Record<string, string> } : {}),
      ...(version && version.known !== 'unknown' && { version: version.known === 'current' ? target.changes!.current : version.version }),
      values: {
        path: (payload.path ?? {}) as SharedValues['path'],
        query: (payload.query ?? {}) as SharedValues['query'],
        header: (payload.header ?? {}) as SharedValues['header'],
        body: payload.body as JsonValue | undefined,
      },
    },
  };
}
