import * as oauth from 'oauth4webapi';

/** The site's token proxy: discovery and token requests go through it, never straight from the browser. */
export const oauthProxyPath = '/api/oauth/proxy';

/** The provider's endpoints, from the document's flow or its discovery document. */
export interface OAuthProvider {
  authorizationUrl?: string;
  tokenUrl?: string;
  /** Where refresh tokens go: the flow's `refreshUrl`, else its `tokenUrl`. */
  refreshUrl?: string;
  /** From discovery: the issuer, and what the provider says it supports. */
  issuer?: string;
  authMethods?: string[];
  scopes?: string[];
  grantTypes?: string[];
}

export interface OAuthClientSettings {
  clientId: string;
  clientSecret?: string;
}

/** What the panel keeps of a token answer. */
export interface OAuthTokens {
  accessToken: string;
  tokenType: string;
  /** ms since the epoch; absent when the provider gave no `expires_in`. */
  expiresAt?: number;
  refreshToken?: string;
  scope?: string;
}

/** How the flows reach the token proxy: `fetch` in the browser, the proxy's handler in tests. */
export type ProxyTransport = (proxyRequestUrl: string, init: RequestInit) => Promise<Response>;

/** A refusal of the site's token proxy, with its own message (an origin it does not call, a limit). */
export class TokenProxyRefusal extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** A flow that cannot start or finish, for a reason the reader can act on. */
export class OAuthFlowError extends Error {}

export interface FlowOptions {
  /** Calls the token proxy; the browser's `fetch` of `/api/oauth/proxy` by default. */
  transport?: ProxyTransport;
  /** Resolves the proxy's path in tests, where there is no page to be relative to. */
  proxyUrl?: string;
}

const defaultTransport: ProxyTransport = (url, init) => fetch(url, init);

/** oauth4webapi's requests, sent through the token proxy; the proxy's own refusals become errors with its message. */
function viaProxy({ transport = defaultTransport, proxyUrl = oauthProxyPath }: FlowOptions) {
  return async (url: string, options: { method: string; headers: Record<string, string>; body?: unknown; signal?: AbortSignal }) => {
    const response = await transport(`${proxyUrl}?url=${encodeURIComponent(url)}`, {
      method: options.method,
      headers: options.headers,
      body: options.body as BodyInit | undefined,
      signal: options.signal,
      credentials: 'omit',
      redirect: 'manual',
    });
    const refused = response.headers.get('x-proxy-error');
    if (refused) {
      const body = (await response.json().catch(() => undefined)) as { error?: { message?: unknown } } | undefined;
      throw new TokenProxyRefusal(refused, typeof body?.error?.message === 'string' ? body.error.message : `The token proxy refused (${refused}).`);
    }
    return response;
  };
}

/**
 * An http(s) URL, or an error: a document or a discovery answer that someone else wrote may give
 * `javascript:…` or `data:…`, which must never be opened or called.
 */
export function httpUrl(value: string | undefined, what: string): URL {
  if (!value) throw new OAuthFlowError(`The document gives no ${what}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OAuthFlowError(`The ${what} "${value}" is not an absolute URL; the panel needs one to call it.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OAuthFlowError(`The ${what} "${value.slice(0, 80)}" is not an http(s) URL; the panel does not open or call it.`);
  }
  return url;
}

function requestOptions(url: URL, options: FlowOptions) {
  // over http only where the token proxy allows it: an origin the operator names (a local provider)
  return { [oauth.customFetch]: viaProxy(options), [oauth.allowInsecureRequests]: url.protocol === 'http:' };
}

const discoverySuffix = '/.well-known/openid-configuration';

/**
 * OpenID Connect discovery from `openIdConnectUrl`, through the token proxy. The issuer must be
 * the one the URL is for when it is the standard well-known address; the endpoints it gives must
 * be http(s). Whether the token endpoint may be called is the proxy's to say: it calls only the
 * document's providers and the operator's.
 */
export async function discoverProvider(openIdConnectUrl: string, options: FlowOptions = {}): Promise<OAuthProvider> {
  const url = httpUrl(openIdConnectUrl, 'openIdConnectUrl');
  const response = await viaProxy(options)(url.href, { method: 'GET', headers: { accept: 'application/json' } });
  // at another address than the well-known one, the URL says nothing of the issuer: its own word is taken
  const issuer = url.pathname.endsWith(discoverySuffix) ? url.href.slice(0, url.href.lastIndexOf(discoverySuffix)) : await claimedIssuer(response.clone());
  const metadata = await oauth.processDiscoveryResponse(new URL(issuer), response);
  const provider: OAuthProvider = {
    issuer: metadata.issuer,
    authorizationUrl: metadata.authorization_endpoint,
    tokenUrl: metadata.token_endpoint,
    refreshUrl: metadata.token_endpoint,
    authMethods: metadata.token_endpoint_auth_methods_supported,
    scopes: metadata.scopes_supported,
    grantTypes: metadata.grant_types_supported,
  };
  if (provider.authorizationUrl) httpUrl(provider.authorizationUrl, 'authorization endpoint of the discovery document');
  httpUrl(provider.tokenUrl, 'token endpoint of the discovery document');
  return provider;
}

async function claimedIssuer(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as { issuer?: unknown } | undefined;
  if (typeof body?.issuer !== 'string') throw new OAuthFlowError('The discovery document at openIdConnectUrl names no issuer.');
  httpUrl(body.issuer, 'issuer of the discovery document');
  return body.issuer;
}

function authorizationServer(provider: OAuthProvider, tokenUrl: URL): oauth.AuthorizationServer {
  return {
    issuer: provider.issuer ?? tokenUrl.origin,
    token_endpoint: tokenUrl.href,
    ...(provider.authorizationUrl ? { authorization_endpoint: provider.authorizationUrl } : {}),
  };
}

/** client_secret_basic unless the provider says it takes only client_secret_post; none without a secret. */
function clientAuth(provider: OAuthProvider, client: OAuthClientSettings): oauth.ClientAuth {
  if (!client.clientSecret) return oauth.None();
  const methods = provider.authMethods;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) return oauth.ClientSecretPost(client.clientSecret);
  return oauth.ClientSecretBasic(client.clientSecret);
}

function clientOf(settings: OAuthClientSettings): oauth.Client {
  const clientId = settings.clientId.trim();
  if (!clientId) throw new OAuthFlowError('Enter the Client ID that the provider gave your application.');
  return { client_id: clientId };
}

function tokensOf(answer: oauth.TokenEndpointResponse, previousRefreshToken?: string): OAuthTokens {
  return {
    accessToken: answer.access_token,
    tokenType: answer.token_type,
    ...(answer.expires_in !== undefined ? { expiresAt: Date.now() + answer.expires_in * 1000 } : {}),
    // a provider that does not rotate refresh tokens answers without one: the old one still holds
    ...((answer.refresh_token ?? previousRefreshToken) ? { refreshToken: answer.refresh_token ?? previousRefreshToken } : {}),
    ...(answer.scope ? { scope: answer.scope } : {}),
  };
}

/** What the tab keeps in memory while the reader signs in: never stored, never sent but to the token endpoint. */
export interface PendingAuthorization {
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

export interface AuthorizationStart {
  /** Where the reader signs in (opened by the panel, never proxied). */
  url: URL;
  pending: PendingAuthorization;
}

/** The authorization request: PKCE with S256 and a random state, for the scopes chosen. */
export async function beginAuthorization(provider: OAuthProvider, client: OAuthClientSettings, scopes: string[], redirectUri: string): Promise<AuthorizationStart> {
  const url = httpUrl(provider.authorizationUrl, 'authorizationUrl');
  const { client_id } = clientOf(client);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', client_id);
  url.searchParams.set('redirect_uri', redirectUri);
  if (scopes.length > 0) url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url, pending: { state, codeVerifier, redirectUri } };
}

/** The state a callback answers, to tell this tab's sign-in from another's. */
export function callbackState(search: string): string | undefined {
  return new URLSearchParams(search).get('state') ?? undefined;
}

/**
 * The provider's answer on the callback page, checked (state, `error`), then the code exchanged
 * for tokens with the verifier, through the token proxy.
 */
export async function finishAuthorization(
  provider: OAuthProvider,
  client: OAuthClientSettings,
  pending: PendingAuthorization,
  callbackSearch: string,
  options: FlowOptions = {},
): Promise<OAuthTokens> {
  const tokenUrl = httpUrl(provider.tokenUrl, 'tokenUrl');
  const as = authorizationServer(provider, tokenUrl);
  const settings = clientOf(client);
  const parameters = oauth.validateAuthResponse(as, settings, new URLSearchParams(callbackSearch), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    settings,
    clientAuth(provider, client),
    parameters,
    pending.redirectUri,
    pending.codeVerifier,
    requestOptions(tokenUrl, options),
  );
  return tokensOf(await oauth.processAuthorizationCodeResponse(as, settings, response));
}

/** The client credentials grant, for the scopes chosen. */
export async function clientCredentialsGrant(provider: OAuthProvider, client: OAuthClientSettings, scopes: string[], options: FlowOptions = {}): Promise<OAuthTokens> {
  const tokenUrl = httpUrl(provider.tokenUrl, 'tokenUrl');
  const as = authorizationServer(provider, tokenUrl);
  const settings = clientOf(client);
  if (!client.clientSecret) throw new OAuthFlowError('The client credentials flow needs the Client secret too.');
  const parameters: Record<string, string> = scopes.length > 0 ? { scope: scopes.join(' ') } : {};
  const response = await oauth.clientCredentialsGrantRequest(as, settings, clientAuth(provider, client), parameters, requestOptions(tokenUrl, options));
  return tokensOf(await oauth.processClientCredentialsResponse(as, settings, response));
}

/** A new access token for a refresh token, from the flow's refresh URL (else its token URL). */
export async function refreshGrant(provider: OAuthProvider, client: OAuthClientSettings, refreshToken: string, options: FlowOptions = {}): Promise<OAuthTokens> {
  const tokenUrl = httpUrl(provider.refreshUrl ?? provider.tokenUrl, 'refreshUrl');
  const as = authorizationServer(provider, tokenUrl);
  const settings = clientOf(client);
  const response = await oauth.refreshTokenGrantRequest(as, settings, clientAuth(provider, client), refreshToken, requestOptions(tokenUrl, options));
  return tokensOf(await oauth.processRefreshTokenResponse(as, settings, response), refreshToken);
}

const maxProviderText = 300;

function providerText(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > maxProviderText ? `${flat.slice(0, maxProviderText)}…` : flat;
}

/** What went wrong, for the reader: the provider's `error` and `error_description`, the proxy's refusal, or what was not understood. */
export function describeOAuthError(error: unknown): string {
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    const description = error.error_description ? `: ${providerText(error.error_description)}` : '';
    const where = error instanceof oauth.ResponseBodyError ? `The provider refused the token request (HTTP ${error.status})` : 'The provider refused the authorization';
    return `${where}: ${providerText(error.error)}${description}`;
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const [challenge] = error.cause;
    const code = challenge?.parameters.error;
    const description = challenge?.parameters.error_description;
    return `The provider refused the client (HTTP ${error.status})${code ? `: ${providerText(code)}` : ''}${description ? `: ${providerText(description)}` : ''}`;
  }
  if (error instanceof TokenProxyRefusal) return `The token proxy did not send the request: ${error.message}`;
  if (error instanceof OAuthFlowError) return error.message;
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON) return "The provider's discovery document names another issuer than the openIdConnectUrl it was fetched from.";
    return `The provider's answer was not understood: ${error.message}`;
  }
  if (error instanceof Error && error.name === 'TypeError') return `The token proxy could not be reached: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
