import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthProxy } from '@/lib/proxy/auth-proxy';
import { beginAuthorization, clientCredentialsGrant, finishAuthorization } from '@/lib/try-it/oauth-flow';
import { getOAuthAccessToken, getOAuthState, saveOAuthToken, setOAuthClient } from '@/lib/try-it/oauth-token-store';
import { startLocalIdp, type LocalIdp } from '../support/local-idp';

const site = 'http://docs.local';
let idp: LocalIdp;

beforeAll(async () => {
  idp = await startLocalIdp({ clients: { panel: {}, machine: { secret: 's3cret' } } });
  const handler = createAuthProxy({ targets: () => ({ documentOrigins: [], operatorOrigins: [idp.origin], discoveryUrls: [] }) });
  // the panel's relative `/api/oauth/proxy`, answered by the real token proxy
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => handler(new Request(new URL(url, site), init)));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await idp.close();
});

/** Where the provider sends the browser back, read without `fetch` (which goes to the token proxy here). */
function followAuthorization(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      resolve(new URL(response.headers.location!).search);
    }).on('error', reject);
  });
}

/** A token the provider really issued with its refresh token, saved with the expiry given. */
async function issuedToken(schemeKey: string, expiresAt: number) {
  const provider = { authorizationUrl: `${idp.origin}/authorize`, tokenUrl: `${idp.origin}/token`, refreshUrl: `${idp.origin}/token` };
  const start = await beginAuthorization(provider, { clientId: 'panel' }, [], `${site}/oauth/callback`);
  const tokens = await finishAuthorization(provider, { clientId: 'panel' }, start.pending, await followAuthorization(start.url));
  setOAuthClient(schemeKey, { clientId: 'panel' });
  saveOAuthToken(schemeKey, { ...tokens, expiresAt, provider, flow: 'authorizationCode' });
  return tokens;
}

describe('getOAuthAccessToken', () => {
  it('is undefined for a scheme nobody authorized', async () => {
    expect(await getOAuthAccessToken('never')).toBeUndefined();
  });

  it('gives the access token while it is valid, without asking the provider', async () => {
    const tokens = await issuedToken('valid', Date.now() + 60_000);
    const before = idp.requests.length;
    expect(await getOAuthAccessToken('valid')).toBe(tokens.accessToken);
    expect(idp.requests.length).toBe(before);
  });

  it('refreshes a token that expires within seconds, once for requests sent together, and keeps the new one', async () => {
    const tokens = await issuedToken('expiring', Date.now() + 2_000);
    const before = idp.requests.filter((request) => request.form.grant_type === 'refresh_token').length;
    const [first, second] = await Promise.all([getOAuthAccessToken('expiring'), getOAuthAccessToken('expiring')]);
    const refreshes = idp.requests.filter((request) => request.form.grant_type === 'refresh_token');
    expect(refreshes.length - before).toBe(1);
    expect(refreshes.at(-1)?.form.refresh_token).toBe(tokens.refreshToken);
    expect(first).toBe(idp.issued.at(-1)?.accessToken);
    expect(first).not.toBe(tokens.accessToken);
    expect(second).toBe(first);
    expect(getOAuthState('expiring').token?.refreshToken).toBe(idp.issued.at(-1)?.refreshToken);
    expect(await getOAuthAccessToken('expiring')).toBe(first);
  });

  it('is undefined for an expired token without a refresh token', async () => {
    const tokens = await clientCredentialsGrant({ tokenUrl: `${idp.origin}/token` }, { clientId: 'machine', clientSecret: 's3cret' }, []);
    saveOAuthToken('machine', { ...tokens, expiresAt: Date.now() - 1, provider: { tokenUrl: `${idp.origin}/token` }, flow: 'clientCredentials' });
    expect(tokens.refreshToken).toBeUndefined();
    expect(await getOAuthAccessToken('machine')).toBeUndefined();
  });

  it('forgets a token whose refresh the provider refuses, and says why', async () => {
    await issuedToken('revoked', Date.now() - 1);
    saveOAuthToken('revoked', { ...getOAuthState('revoked').token!, refreshToken: 'rt_revoked' });
    expect(await getOAuthAccessToken('revoked')).toBeUndefined();
    expect(getOAuthState('revoked').token).toBeUndefined();
    expect(getOAuthState('revoked').problem).toMatch(/could not be refreshed.*invalid_grant: Unknown refresh token/);
  });
});
