import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OAuth 2 / OpenID Connect provider on loopback, for tests: it issues codes only with a
 * PKCE S256 challenge and checks the verifier against it, issues short-lived access tokens and
 * refresh tokens (rotated on use), answers discovery, and records everything it received.
 */
export interface LocalIdpOptions {
  /** Registered clients; a client without a secret is public (authorization code with PKCE only). */
  clients: Record<string, { secret?: string }>;
  /** Lifetime of an access token, seconds. */
  accessTokenSeconds?: number;
  scopes?: string[];
  /** A port of its own (the one a document names); a free one otherwise. */
  port?: number;
  /** Changes what discovery says, e.g. a token endpoint on another origin. */
  discovery?: (origin: string) => Record<string, unknown>;
}

export interface PkceCheck {
  challenge: string;
  verifier: string;
  /** BASE64URL(SHA-256(verifier)) === challenge. */
  matched: boolean;
}

export interface IssuedTokens {
  grant: string;
  clientId: string;
  accessToken: string;
  refreshToken?: string;
  scope: string;
}

export interface LocalIdp {
  origin: string;
  /** Every request: method, path, query, form, Authorization header. */
  requests: { method: string; path: string; query: Record<string, string>; form: Record<string, string>; authorization?: string }[];
  pkceChecks: PkceCheck[];
  issued: IssuedTokens[];
  /** Lifetime of the access tokens issued from now on, seconds. */
  accessTokenSeconds: number;
  /** The next /authorize answers with this error instead of a code. */
  denyNext?: { error: string; error_description?: string };
  close(): Promise<void>;
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function token(prefix: string): string {
  return `${prefix}_${randomBytes(18).toString('base64url')}`;
}

async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

export async function startLocalIdp(options: LocalIdpOptions): Promise<LocalIdp> {
  const { clients, accessTokenSeconds = 60, scopes = [] } = options;
  const codes = new Map<string, { clientId: string; redirectUri: string; challenge: string; scope: string }>();
  const refreshTokens = new Map<string, { clientId: string; scope: string }>();
  let origin = '';

  const idp: LocalIdp = {
    origin: '',
    requests: [],
    pkceChecks: [],
    issued: [],
    accessTokenSeconds,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  /** The client the request authenticates as: client_secret_basic, client_secret_post, or a public client by its id. */
  function authenticate(request: IncomingMessage, form: Record<string, string>): { id: string; confidential: boolean } | undefined {
    const header = request.headers.authorization;
    if (header?.startsWith('Basic ')) {
      const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':').map(decodeURIComponent);
      return clients[id]?.secret !== undefined && clients[id].secret === secret ? { id, confidential: true } : undefined;
    }
    const id = form.client_id;
    if (!id || !clients[id]) return undefined;
    if (form.client_secret !== undefined) return clients[id].secret === form.client_secret ? { id, confidential: true } : undefined;
    return clients[id].secret === undefined ? { id, confidential: false } : undefined;
  }

  function issue(response: ServerResponse, grant: string, clientId: string, scope: string, withRefresh: boolean) {
    const accessToken = token('at');
    const refreshToken = withRefresh ? token('rt') : undefined;
    if (refreshToken) refreshTokens.set(refreshToken, { clientId, scope });
    idp.issued.push({ grant, clientId, accessToken, refreshToken, scope });
    json(response, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: idp.accessTokenSeconds,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      ...(scope ? { scope } : {}),
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', origin);
    const form = request.method === 'POST' ? await readForm(request) : {};
    idp.requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form,
      authorization: request.headers.authorization,
    });

    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer: origin,
        authorization_endpoint: `${origin}/authorize`,
        token_endpoint: `${origin}/token`,
        scopes_supported: ['openid', ...scopes],
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'client_credentials', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
        ...options.discovery?.(origin),
      });
    }

    if (url.pathname === '/authorize') {
      const query = Object.fromEntries(url.searchParams);
      const redirect = query.redirect_uri ? new URL(query.redirect_uri) : undefined;
      if (!redirect || !clients[query.client_id]) {
        response.writeHead(400, { 'content-type': 'text/plain' });
        return response.end('unknown client or no redirect_uri');
      }
      const back = (params: Record<string, string>) => {
        for (const [name, value] of Object.entries({ ...params, state: query.state })) if (value !== undefined) redirect.searchParams.set(name, value);
        response.writeHead(302, { location: redirect.href });
        response.end();
      };
      if (idp.denyNext) {
        const denial = idp.denyNext;
        idp.denyNext = undefined;
        return back({ error: denial.error, ...(denial.error_description ? { error_description: denial.error_description } : {}) });
      }
      if (query.response_type !== 'code') return back({ error: 'unsupported_response_type' });
      if (query.code_challenge_method !== 'S256' || !query.code_challenge) {
        return back({ error: 'invalid_request', error_description: 'PKCE with S256 is required' });
      }
      const code = token('code');
      codes.set(code, { clientId: query.client_id, redirectUri: query.redirect_uri, challenge: query.code_challenge, scope: query.scope ?? '' });
      return back({ code });
    }

    if (url.pathname === '/token' && request.method === 'POST') {
      const client = authenticate(request, form);
      if (!client) return json(response, 401, { error: 'invalid_client', error_description: 'Client authentication failed.' });
      switch (form.grant_type) {
        case 'authorization_code': {
          const grant = codes.get(form.code);
          codes.delete(form.code);
          if (!grant || grant.clientId !== client.id || grant.redirectUri !== form.redirect_uri) {
            return json(response, 400, { error: 'invalid_grant', error_description: 'Unknown, used or mismatched code.' });
          }
          const verifier = form.code_verifier ?? '';
          const matched = s256(verifier) === grant.challenge;
          idp.pkceChecks.push({ challenge: grant.challenge, verifier, matched });
          if (!matched) return json(response, 400, { error: 'invalid_grant', error_description: 'The code verifier does not match the challenge.' });
          return issue(response, 'authorization_code', client.id, grant.scope, true);
        }
        case 'client_credentials':
          if (!client.confidential) return json(response, 401, { error: 'invalid_client', error_description: 'A public client has no client credentials.' });
          return issue(response, 'client_credentials', client.id, form.scope ?? '', false);
        case 'refresh_token': {
          const grant = refreshTokens.get(form.refresh_token);
          if (!grant || grant.clientId !== client.id) return json(response, 400, { error: 'invalid_grant', error_description: 'Unknown refresh token.' });
          refreshTokens.delete(form.refresh_token);
          return issue(response, 'refresh_token', client.id, grant.scope, true);
        }
        default:
          return json(response, 400, { error: 'unsupported_grant_type' });
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp.origin = origin;
  return idp;
}
