import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthProxy, withAuthLog } from '@/lib/proxy/auth-proxy';
import { documentAuthTargets, readAuthOrigins, type AuthTargets } from '@/lib/proxy/auth-targets';
import { createProxyLogger } from '@/lib/proxy/request-log';
import { createUpstreamFetch } from '@/lib/proxy/upstream-agent';
import {
  beginAuthorization,
  clientCredentialsGrant,
  describeOAuthError,
  discoverProvider,
  finishAuthorization,
  refreshGrant,
  type FlowOptions,
  type OAuthProvider,
} from '@/lib/try-it/oauth-flow';
import { startLocalIdp, type LocalIdp } from '../support/local-idp';

const site = 'http://docs.local';
const redirectUri = `${site}/oauth/callback`;
const secret = 'machine-secret-7f3a';

let idp: LocalIdp;
let other: LocalIdp;
const raw: string[] = [];
let targets: AuthTargets;

const logger = createProxyLogger({
  name: 'token-proxy',
  destination: new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      done();
    },
  }),
});

/** The real token proxy, with a resolver that sends `idp.test` to loopback (as a hostile DNS answer would). */
function proxyOptions(): FlowOptions {
  const lookup: LookupFunction = (hostname, options, callback) =>
    hostname === 'idp.test' ? (options.all ? (callback as never as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)) : dnsLookup(hostname, options, callback as never);
  const handler = withAuthLog(createAuthProxy({ targets: () => targets, fetch: createUpstreamFetch({ lookup }), timeoutMs: 5000 }), logger);
  return { proxyUrl: `${site}/api/oauth/proxy`, transport: (url, init) => handler(new Request(url, init)) };
}

/** What a browser does with the authorization URL: follow it to the provider and land on the callback with its query. */
async function signIn(url: URL): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the provider answered ${response.status} without a redirect`);
  const back = new URL(location);
  expect(back.origin + back.pathname).toBe(redirectUri);
  return back.search;
}

beforeAll(async () => {
  idp = await startLocalIdp({ clients: { panel: {}, machine: { secret } }, accessTokenSeconds: 2, scopes: ['read:items', 'write:items'] });
  other = await startLocalIdp({ clients: { panel: {} } });
});
afterAll(async () => {
  await idp.close();
  await other.close();
});
beforeEach(() => {
  targets = { documentOrigins: [idp.origin], operatorOrigins: [idp.origin], discoveryUrls: [`${idp.origin}/.well-known/openid-configuration`] };
  idp.requests.length = 0;
  other.requests.length = 0;
});

const provider = (): OAuthProvider => ({ authorizationUrl: `${idp.origin}/authorize`, tokenUrl: `${idp.origin}/token` });

describe('authorization code with PKCE through the token proxy', () => {
  it('sends an S256 challenge, exchanges the code with the verifier that matches it, and returns the access token the provider issued', async () => {
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, ['read:items'], redirectUri);
    expect(start.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(start.url.searchParams.get('state')).toBe(start.pending.state);
    expect(start.url.searchParams.get('scope')).toBe('read:items');
    const tokens = await finishAuthorization(provider(), { clientId: 'panel' }, start.pending, await signIn(start.url), proxyOptions());
    expect(idp.pkceChecks.at(-1)).toMatchObject({ verifier: start.pending.codeVerifier, matched: true });
    expect(tokens.accessToken).toBe(idp.issued.at(-1)?.accessToken);
    expect(tokens.refreshToken).toBe(idp.issued.at(-1)?.refreshToken);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
  });

  it('is refused by the provider when the verifier does not match the challenge', async () => {
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, [], redirectUri);
    const search = await signIn(start.url);
    const wrong = { ...start.pending, codeVerifier: `${start.pending.codeVerifier.slice(0, -4)}AAAA` };
    const error = await finishAuthorization(provider(), { clientId: 'panel' }, wrong, search, proxyOptions()).catch((e: unknown) => e);
    expect(idp.pkceChecks.at(-1)?.matched).toBe(false);
    expect(describeOAuthError(error)).toBe('The provider refused the token request (HTTP 400): invalid_grant: The code verifier does not match the challenge.');
  });

  it("does not exchange a code that comes back with another sign-in's state", async () => {
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, [], redirectUri);
    const search = (await signIn(start.url)).replace(/state=[^&]+/, 'state=forged');
    const error = await finishAuthorization(provider(), { clientId: 'panel' }, start.pending, search, proxyOptions()).catch((e: unknown) => e);
    expect(describeOAuthError(error)).toMatch(/state/);
    expect(idp.requests.filter((request) => request.path === '/token')).toHaveLength(0);
  });

  it("says the provider's error and error_description when the reader is refused", async () => {
    idp.denyNext = { error: 'access_denied', error_description: 'The user declined to authorize the panel.' };
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, [], redirectUri);
    const error = await finishAuthorization(provider(), { clientId: 'panel' }, start.pending, await signIn(start.url), proxyOptions()).catch((e: unknown) => e);
    expect(describeOAuthError(error)).toBe('The provider refused the authorization: access_denied: The user declined to authorize the panel.');
  });

  it('never opens an authorizationUrl that is not http(s)', async () => {
    for (const hostile of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)']) {
      const error = await beginAuthorization({ ...provider(), authorizationUrl: hostile }, { clientId: 'panel' }, [], redirectUri).catch((e: unknown) => e);
      expect(describeOAuthError(error)).toMatch(/is not an http\(s\) URL; the panel does not open or call it/);
    }
  });
});

describe('client credentials and refresh', () => {
  it('gets a token with the client secret, and says invalid_client for a wrong one', async () => {
    const tokens = await clientCredentialsGrant(provider(), { clientId: 'machine', clientSecret: secret }, ['read:items'], proxyOptions());
    expect(tokens.accessToken).toBe(idp.issued.at(-1)?.accessToken);
    expect(idp.requests.at(-1)?.authorization).toMatch(/^Basic /);
    const error = await clientCredentialsGrant(provider(), { clientId: 'machine', clientSecret: 'wrong' }, [], proxyOptions()).catch((e: unknown) => e);
    expect(describeOAuthError(error)).toBe('The provider refused the token request (HTTP 401): invalid_client: Client authentication failed.');
  });

  it('exchanges a refresh token for a new access token, at the refresh URL', async () => {
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, [], redirectUri);
    const first = await finishAuthorization(provider(), { clientId: 'panel' }, start.pending, await signIn(start.url), proxyOptions());
    const next = await refreshGrant({ ...provider(), refreshUrl: `${idp.origin}/token` }, { clientId: 'panel' }, first.refreshToken!, proxyOptions());
    expect(next.accessToken).not.toBe(first.accessToken);
    expect(next.accessToken).toBe(idp.issued.at(-1)?.accessToken);
    expect(idp.issued.at(-1)?.grant).toBe('refresh_token');
    expect(idp.requests.at(-1)?.form.refresh_token).toBe(first.refreshToken);
  });
});

describe('OpenID Connect discovery', () => {
  it('reads the endpoints from openIdConnectUrl, then signs in as OAuth 2', async () => {
    const discovered = await discoverProvider(`${idp.origin}/.well-known/openid-configuration`, proxyOptions());
    expect(discovered).toMatchObject({ issuer: idp.origin, authorizationUrl: `${idp.origin}/authorize`, tokenUrl: `${idp.origin}/token` });
    const start = await beginAuthorization(discovered, { clientId: 'panel' }, ['openid'], redirectUri);
    const tokens = await finishAuthorization(discovered, { clientId: 'panel' }, start.pending, await signIn(start.url), proxyOptions());
    expect(tokens.accessToken).toBe(idp.issued.at(-1)?.accessToken);
  });

  it('refuses a discovery document that names another issuer than the one its well-known URL is for', async () => {
    const impostor = await startLocalIdp({ clients: {}, discovery: () => ({ issuer: 'https://login.example.com' }) });
    targets = { documentOrigins: [], operatorOrigins: [impostor.origin], discoveryUrls: [`${impostor.origin}/.well-known/openid-configuration`] };
    const error = await discoverProvider(`${impostor.origin}/.well-known/openid-configuration`, proxyOptions()).catch((e: unknown) => e);
    await impostor.close();
    expect(describeOAuthError(error)).toBe("The provider's discovery document names another issuer than the openIdConnectUrl it was fetched from.");
  });

  it('refuses a discovered authorization endpoint that is not http(s)', async () => {
    const hostile = await startLocalIdp({ clients: {}, discovery: () => ({ authorization_endpoint: 'javascript:alert(1)' }) });
    targets = { documentOrigins: [], operatorOrigins: [hostile.origin], discoveryUrls: [`${hostile.origin}/.well-known/openid-configuration`] };
    const error = await discoverProvider(`${hostile.origin}/.well-known/openid-configuration`, proxyOptions()).catch((e: unknown) => e);
    await hostile.close();
    expect(describeOAuthError(error)).toMatch(/authorization endpoint of the discovery document "javascript:alert\(1\)" is not an http\(s\) URL/);
  });
});

describe('what the token proxy refuses', () => {
  async function refusal(url: string, init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' }) {
    const response = await proxyOptions().transport!(`${site}/api/oauth/proxy?url=${encodeURIComponent(url)}`, init);
    const body = (await response.json()) as { error: { type: string; message: string } };
    return { status: response.status, ...body.error };
  }

  it('an origin that neither the document nor the operator names', async () => {
    expect(await refusal(`${other.origin}/token`)).toMatchObject({ status: 403, type: 'proxy_target_not_allowed' });
    expect(other.requests).toHaveLength(0);
  });

  it('loopback for a provider that only the document names: as an IP literal, and as a name that resolves there', async () => {
    targets = { documentOrigins: [idp.origin.replace('http:', 'https:'), 'https://idp.test'], operatorOrigins: [], discoveryUrls: [] };
    const literal = await refusal(`${idp.origin.replace('http:', 'https:')}/token`);
    expect(literal).toMatchObject({ status: 403, type: 'proxy_address_not_allowed' });
    expect(literal.message).toMatch(/127\.0\.0\.1 is a loopback address.*WINGFIELD_AUTH_ORIGINS/);
    const named = await refusal('https://idp.test/token');
    expect(named).toMatchObject({ status: 403, type: 'proxy_address_not_allowed' });
    expect(named.message).toMatch(/idp\.test resolves to 127\.0\.0\.1, a loopback address/);
    expect(idp.requests).toHaveLength(0);
  });

  it('plain http to a provider that only the document names', async () => {
    targets = { documentOrigins: [idp.origin], operatorOrigins: [], discoveryUrls: [] };
    expect(await refusal(`${idp.origin}/token`)).toMatchObject({ status: 403, type: 'proxy_target_not_allowed', message: expect.stringMatching(/TLS/) });
    expect(idp.requests).toHaveLength(0);
  });

  it('a token endpoint that discovery puts on another origin', async () => {
    const elsewhere = await startLocalIdp({ clients: { panel: {} }, discovery: () => ({ token_endpoint: `${other.origin}/token` }) });
    targets = { documentOrigins: [elsewhere.origin], operatorOrigins: [elsewhere.origin], discoveryUrls: [`${elsewhere.origin}/.well-known/openid-configuration`] };
    const discovered = await discoverProvider(`${elsewhere.origin}/.well-known/openid-configuration`, proxyOptions());
    const error = await clientCredentialsGrant(discovered, { clientId: 'panel', clientSecret: 'x' }, [], proxyOptions()).catch((e: unknown) => e);
    await elsewhere.close();
    expect(describeOAuthError(error)).toMatch(new RegExp(`^The token proxy did not send the request: ${other.origin} is not the origin of a tokenUrl`));
    expect(other.requests).toHaveLength(0);
  });

  it('a GET of anything but the document’s openIdConnectUrl, a body that is not a token request, another grant', async () => {
    expect(await refusal(`${idp.origin}/token`, { method: 'GET' })).toMatchObject({ status: 403, type: 'proxy_target_not_allowed' });
    expect(await refusal(`${idp.origin}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).toMatchObject({
      status: 400,
      type: 'proxy_not_a_token_request',
    });
    const password = await refusal(`${idp.origin}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=a&password=b',
    });
    expect(password).toMatchObject({ status: 400, type: 'proxy_not_a_token_request' });
    expect(await refusal(`javascript:alert(1)`)).toMatchObject({ status: 403, type: 'proxy_target_not_allowed' });
    expect(idp.requests).toHaveLength(0);
  });
});

describe('the token proxy log', () => {
  it('holds no token, code, verifier, client secret or refresh token', async () => {
    raw.length = 0;
    const start = await beginAuthorization(provider(), { clientId: 'panel' }, [], redirectUri);
    const search = await signIn(start.url);
    const tokens = await finishAuthorization(provider(), { clientId: 'panel' }, start.pending, search, proxyOptions());
    const refreshed = await refreshGrant(provider(), { clientId: 'panel' }, tokens.refreshToken!, proxyOptions());
    const machine = await clientCredentialsGrant(provider(), { clientId: 'machine', clientSecret: secret }, [], proxyOptions());
    const code = new URLSearchParams(search).get('code')!;
    const secrets = [tokens.accessToken, tokens.refreshToken!, refreshed.accessToken, refreshed.refreshToken!, machine.accessToken, code, start.pending.codeVerifier, secret];
    expect(raw).toHaveLength(3);
    const lines = raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ kind, idp: origin, status, outcome }) => ({ kind, origin, status, outcome }))).toEqual(
      Array(3).fill({ kind: 'token', origin: idp.origin, status: 200, outcome: 'forwarded' }),
    );
    for (const value of secrets) expect(raw.join('\n')).not.toContain(value);
  });
});

describe('the providers of a document and of the operator', () => {
  it("are the origins of the flows' token and refresh URLs and of openIdConnectUrl; relative and non-http URLs name none", () => {
    const targets = documentAuthTargets([
      { flows: [{ flow: 'authorizationCode', authorizationUrl: 'https://login.example.com/authorize', tokenUrl: 'https://login.example.com/token', refreshUrl: 'https://refresh.example.com/r' }] },
      { flows: [{ flow: 'clientCredentials', tokenUrl: '/oauth/token' }] },
      { flows: [{ flow: 'clientCredentials', tokenUrl: 'javascript:alert(1)' }] },
      { flows: [], openIdConnectUrl: 'https://accounts.example.org/.well-known/openid-configuration' },
    ]);
    expect(targets).toEqual({
      documentOrigins: ['https://login.example.com', 'https://refresh.example.com', 'https://accounts.example.org'],
      discoveryUrls: ['https://accounts.example.org/.well-known/openid-configuration'],
    });
  });

  it('WINGFIELD_AUTH_ORIGINS: a comma-separated list of origins; anything else is refused, naming the variable', () => {
    expect(readAuthOrigins({ WINGFIELD_AUTH_ORIGINS: ' https://login.example.com , http://127.0.0.1:9000/ ' })).toEqual(['https://login.example.com', 'http://127.0.0.1:9000']);
    expect(readAuthOrigins({})).toEqual([]);
    expect(() => readAuthOrigins({ WINGFIELD_AUTH_ORIGINS: 'https://login.example.com/oauth' })).toThrow(/WINGFIELD_AUTH_ORIGINS: "https:\/\/login.example.com\/oauth" is not an origin/);
    expect(() => readAuthOrigins({ WINGFIELD_AUTH_ORIGINS: 'ftp://x' })).toThrow(/WINGFIELD_AUTH_ORIGINS: "ftp:\/\/x" is not an http\(s\) origin/);
  });
});
