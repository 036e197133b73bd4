import type { OpenAPIDocument, SecuritySchemeObject } from '../openapi/types';
import type { CredentialText } from '../profile';

export interface OAuthFlowModel {
  /** `authorizationCode`, `clientCredentials`, `password` or `implicit`. */
  flow: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** Every scope the flow offers, with its description. */
  scopes?: Record<string, string>;
}

/** One security scheme as it applies to one operation. */
export interface AppliedScheme {
  /** The scheme's key under `components.securitySchemes`. */
  key: string;
  type: string;
  description?: string;
  /** apiKey: where the key goes and under which name. */
  in?: 'header' | 'query' | 'cookie';
  name?: string;
  /** http: `basic`, `bearer`, … */
  scheme?: string;
  bearerFormat?: string;
  flows: OAuthFlowModel[];
  openIdConnectUrl?: string;
  /** The scopes this operation requires, with their descriptions where the flows give one. */
  scopes: { name: string; description?: string }[];
  /** What the reader is asked for, and what pages and samples write in its place. */
  credential: CredentialText;
}

export interface SecurityModelOptions {
  /** The profile's name and placeholder for a bearer token (`Profile.token`); else "Bearer token", `<token>`. */
  token?: CredentialText;
}

export interface SecurityModel {
  /** Any one of these sets authorizes a request; every scheme of a set is needed. Empty: no auth. */
  alternatives: AppliedScheme[][];
  /** One alternative is `{}`: a request without credentials is accepted too. */
  optional: boolean;
}

/** The operation's `security` over the document's; a scheme not declared is kept by its name. */
export function securityModel(
  document: OpenAPIDocument,
  requirements: Record<string, string[]>[] | undefined,
  options: SecurityModelOptions = {},
): SecurityModel {
  const schemes = document.components?.securitySchemes ?? {};
  const list = requirements ?? document.security ?? [];
  const alternatives = list
    .filter((requirement) => Object.keys(requirement ?? {}).length > 0)
    .map((requirement) => Object.entries(requirement).map(([key, scopes]) => appliedScheme(key, schemes[key], scopes ?? [], options)));
  return { alternatives, optional: list.some((requirement) => Object.keys(requirement ?? {}).length === 0) && alternatives.length > 0 };
}

function appliedScheme(key: string, scheme: SecuritySchemeObject | undefined, scopes: string[], options: SecurityModelOptions): AppliedScheme {
  const flows = Object.entries(scheme?.flows ?? {}).map(([flow, value]) => ({
    flow,
    authorizationUrl: value?.authorizationUrl,
    tokenUrl: value?.tokenUrl,
    refreshUrl: value?.refreshUrl,
    scopes: value?.scopes ?? {},
  }));
  const scopeText = (name: string) =>
    Object.values(scheme?.flows ?? {})
      .map((flow) => flow?.scopes?.[name])
      .find((text): text is string => typeof text === 'string' && text !== '');
  const applied: Omit<AppliedScheme, 'credential'> = {
    key,
    type: scheme?.type ?? 'unknown',
    description: scheme?.description,
    in: scheme?.in,
    name: scheme?.name,
    scheme: scheme?.scheme?.toLowerCase(),
    bearerFormat: scheme?.bearerFormat,
    flows,
    openIdConnectUrl: scheme?.openIdConnectUrl,
    scopes: scopes.map((name) => ({ name, description: scopeText(name) })),
  };
  return { ...applied, credential: credentialOf(applied, options) };
}

/** Where an API key goes: a location the specification does not name is the header, wherever the key is read or written. */
/** One alternative as the reader picks it: "API key (header X-API-Key) and API key (query api_key)", "Username and password". */
export function alternativeLabel(schemes: readonly AppliedScheme[]): string {
  return schemes.map((scheme) => (scheme.type === 'http' && scheme.scheme === 'basic' ? 'Username and password' : scheme.credential.label)).join(' and ');
}

/**
 * What the closed try-it panel offers, in the words of the operation's security: the profile's
 * one token ("with your API token"), the alternatives the reader may use, or nothing to give.
 */
export function tryItInvitation(security: SecurityModel, options: { tokenField: boolean }): string {
  if (security.alternatives.length === 0) return 'Send this request and see what comes back. It needs no credentials.';
  if (options.tokenField) return 'Send this request to the dev environment with your API token.';
  // "Username and password" reads "username and password" mid-sentence; "API key" and "OAuth 2.0" stay
  const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);
  const ways = security.alternatives.map((alternative) => inSentence(alternativeLabel(alternative))).join(' or ');
  return `Send this request with your ${ways}${security.optional ? ', or without credentials' : ''}, and see what comes back.`;
}

export function apiKeyLocation(scheme: { in?: string }): 'header' | 'query' | 'cookie' {
  return scheme.in === 'query' || scheme.in === 'cookie' ? scheme.in : 'header';
}

/** The credential one scheme asks for: "API key (header X-API-Key)" written `<api-key>`, "API token" written `<api-token>`. */
function credentialOf(scheme: Omit<AppliedScheme, 'credential'>, options: SecurityModelOptions): CredentialText {
  switch (scheme.type) {
    case 'apiKey': {
      const place = apiKeyLocation(scheme);
      return { label: `API key (${place} ${scheme.name ?? scheme.key})`, placeholder: '<api-key>' };
    }
    case 'http':
      if (scheme.scheme === 'bearer') return options.token ?? { label: 'Bearer token', placeholder: '<token>' };
      if (scheme.scheme === 'basic') return { label: 'Username and password', placeholder: '<username>:<password>' };
      return { label: `HTTP ${scheme.scheme ?? 'unknown'} credentials`, placeholder: '<credentials>' };
    case 'oauth2':
      return { label: 'OAuth 2.0 access token', placeholder: '<access-token>' };
    case 'openIdConnect':
      return { label: 'OpenID Connect access token', placeholder: '<access-token>' };
    case 'mutualTLS':
      return { label: 'Client certificate', placeholder: '<client-certificate>' };
    default:
      return { label: `The ${scheme.key} scheme's credential`, placeholder: '<credential>' };
  }
}

const flowNames: Record<string, string> = {
  authorizationCode: 'Authorization code',
  clientCredentials: 'Client credentials',
  password: 'Password',
  implicit: 'Implicit',
};

export function flowName(flow: string): string {
  return flowNames[flow] ?? flow;
}

/**
 * What a client sends, in one sentence of plain text with code spans marked by backticks:
 * "Bearer token (JWT) in the `Authorization` header: `Authorization: Bearer <token>`."
 */
export function schemeSummary(scheme: AppliedScheme): string {
  switch (scheme.type) {
    case 'apiKey': {
      const where = { header: 'header', query: 'query parameter', cookie: 'cookie' }[apiKeyLocation(scheme)];
      return `API key in the \`${scheme.name ?? scheme.key}\` ${where}.`;
    }
    case 'http':
      if (scheme.scheme === 'bearer') {
        const format = scheme.bearerFormat ? ` (${scheme.bearerFormat})` : '';
        return `Bearer token${format}: \`Authorization: Bearer ${scheme.credential.placeholder}\`.`;
      }
      if (scheme.scheme === 'basic') return 'HTTP Basic authentication: `Authorization: Basic <base64 of user:password>`.';
      return `HTTP \`${scheme.scheme ?? 'unknown'}\` authentication in the \`Authorization\` header.`;
    case 'oauth2':
      return `OAuth 2.0: an access token in the \`Authorization\` header, \`Authorization: Bearer ${scheme.credential.placeholder}\`.`;
    case 'openIdConnect':
      return `OpenID Connect: an access token in the \`Authorization\` header${scheme.openIdConnectUrl ? `; discovery at ${scheme.openIdConnectUrl}` : ''}.`;
    case 'mutualTLS':
      return 'Mutual TLS: the client presents a certificate.';
    default:
      return `The \`${scheme.key}\` scheme, which the document does not declare.`;
  }
}

function schemeDetails(scheme: AppliedScheme): string[] {
  const lines: string[] = [];
  for (const flow of scheme.flows) {
    const urls = [
      flow.authorizationUrl && `authorization URL ${flow.authorizationUrl}`,
      flow.tokenUrl && `token URL ${flow.tokenUrl}`,
      flow.refreshUrl && `refresh URL ${flow.refreshUrl}`,
    ].filter(Boolean);
    lines.push(`${flowName(flow.flow)} flow${urls.length > 0 ? `: ${urls.join(', ')}` : ''}.`);
  }
  if (scheme.scopes.length > 0) {
    const scopes = scheme.scopes.map((scope) => `\`${scope.name}\`${scope.description ? ` (${scope.description})` : ''}`);
    lines.push(`Scopes this operation requires: ${scopes.join(', ')}.`);
  } else if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
    lines.push('No particular scope is required.');
  }
  return lines;
}

/** One scheme as Markdown blocks: what to send with its flows and scopes, then the scheme's own description. */
export function schemeBlocks(scheme: AppliedScheme, options: { withDescription: boolean }, label = ''): string[] {
  const first = [label + schemeSummary(scheme), ...schemeDetails(scheme)].join(' ');
  return [first, ...(options.withDescription && scheme.description ? [scheme.description] : [])];
}

/**
 * The Authorization section as Markdown blocks, for the page and its Markdown twin alike.
 * `guide` is a page that explains authentication at length: then each scheme's description is
 * left to it rather than repeated on every page.
 */
export function securityBlocks(security: SecurityModel, options: { guide?: string }): string[] {
  const settings = { withDescription: !options.guide };
  if (security.alternatives.length === 0) return ['This operation needs no credentials.'];
  const out: string[] = [];
  if (security.alternatives.length === 1) {
    const [only] = security.alternatives;
    if (only.length > 1) out.push('Send all of the following:');
    for (const scheme of only) out.push(...schemeBlocks(scheme, settings));
  } else {
    out.push('Any one of the following:');
    security.alternatives.forEach((set, index) => {
      set.forEach((scheme, position) => {
        out.push(...schemeBlocks(scheme, settings, position === 0 ? `**Option ${index + 1}.** ` : `**Option ${index + 1}, also:** `));
      });
    });
  }
  if (security.optional) out.push('Credentials are optional: a request without any is accepted too.');
  return out;
}
