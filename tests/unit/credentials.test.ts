import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApiModel } from '@/lib/endpoints/build-api-model';
import { endpointContent } from '@/lib/endpoints/endpoint-content';
import { tryItInvitation, type AppliedScheme } from '@/lib/endpoints/security';
import { readDocument } from '@/lib/openapi/load-document';
import { MemoryStorage } from './support/memory-storage';


let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  vi.resetModules();
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: local, sessionStorage: session, addEventListener() {}, removeEventListener() {} });
});

describe('the credential store', () => {
  it('keeps each scheme apart, in this tab by default', async () => {
    const store = await import('@/lib/credential-store');
    store.setCredential(store.credentialSlot('headerKey'), '  hk-1\n');
    store.setCredential(store.credentialSlot('basicAuth', 'username'), 'ada');
    store.setCredential(store.credentialSlot('basicAuth', 'password'), 'pw');
    expect(store.getCredential(store.credentialSlot('headerKey'))).toBe('hk-1');
    expect(store.getCredential(store.credentialSlot('basicAuth', 'password'))).toBe('pw');
    expect(Object.keys(session.entries())).toHaveLength(3);
    expect(local.entries()).toEqual({});
  });

  it('moves every credential to this device and back, those of other pages too', async () => {
    session.setItem('wingfield-credential:otherPageKey', 'from-another-page');
    const store = await import('@/lib/credential-store');
    store.setCredential(store.credentialSlot('headerKey'), 'hk');
    store.setRememberCredentials(true);
    expect(local.getItem('wingfield-credential:otherPageKey')).toBe('from-another-page');
    expect(local.getItem(store.credentialSlot('headerKey'))).toBe('hk');
    expect(Object.keys(session.entries())).toEqual([]);
    store.setRememberCredentials(false);
    expect(Object.keys(local.entries())).toEqual([]);
    expect(session.getItem('wingfield-credential:otherPageKey')).toBe('from-another-page');
  });

  it('reads "Remember on this device" back after a reload', async () => {
    local.setItem('wingfield-credential:headerKey', 'hk');
    const store = await import('@/lib/credential-store');
    expect(store.getRememberCredentials()).toBe(true);
    expect(store.getCredential('wingfield-credential:headerKey')).toBe('hk');
  });

  it('keeps the Wingfield token under the key it always had, so that a saved token is not lost', async () => {
    local.setItem('wingfield-api-token', 'tok_ext_v1_saved');
    const token = await import('@/lib/api-token-store');
    expect(token.getApiToken()).toEqual({ token: 'tok_ext_v1_saved', remember: true });
    expect(token.getApiToken()).toBe(token.getApiToken());
    token.clearApiToken();
    expect(local.getItem('wingfield-api-token')).toBeNull();
  });

  it('a scheme key cannot name another scheme\'s field', async () => {
    const { credentialSlot } = await import('@/lib/credential-store');
    expect(credentialSlot('basicAuth:password')).not.toBe(credentialSlot('basicAuth', 'password'));
  });
});

/** The fixture's schemes, as the model applies them to each of its operations. */
function schemesOf(operationId: string): AppliedScheme[][] {
  const model = buildApiModel(readDocument('tests/fixtures/security/secured-api.yaml'));
  const endpoint = model.endpoints.find((candidate) => candidate.operationId === operationId);
  if (!endpoint) throw new Error(operationId);
  return endpoint.security.alternatives;
}

describe('applying the chosen alternative', () => {
  const values = (entries: Record<string, string>) => (slot: string) => entries[slot] ?? '';
  const noToken = async () => undefined;

  it('labels each credential as the model says it', () => {
    expect(schemesOf('listAlternativeItems').map((set) => set.map((scheme) => scheme.credential.label))).toEqual([
      ['API key (header X-API-Key)'],
      ['Username and password'],
    ]);
  });

  it('puts each API key where its scheme says', async () => {
    const { applyCredentials } = await import('@/lib/try-it/apply-credentials');
    const read = values({ 'wingfield-credential:headerKey': 'hk', 'wingfield-credential:queryKey': 'qk', 'wingfield-credential:cookieKey': 'ck' });
    const [combined] = schemesOf('listCombinedItems');
    expect(await applyCredentials(combined, { read, accessToken: noToken })).toEqual({
      headers: [['X-API-Key', 'hk']],
      query: [['api_key', 'qk']],
      cookies: [],
      missing: [],
    });
    const [cookie] = schemesOf('listCookieKeyItems');
    expect((await applyCredentials(cookie, { read, accessToken: noToken })).cookies).toEqual([['session_key', 'ck']]);
  });

  it('sends HTTP basic as base64 of the UTF-8 username:password, and bearer as Bearer', async () => {
    const { applyCredentials } = await import('@/lib/try-it/apply-credentials');
    const read = values({
      'wingfield-credential:basicAuth:username': 'zoë',
      'wingfield-credential:basicAuth:password': 'p:ss',
      'wingfield-credential:bearerAuth': 'jwt.value',
    });
    const [, basic] = schemesOf('listAlternativeItems');
    const applied = await applyCredentials(basic, { read, accessToken: noToken });
    expect(applied.headers).toEqual([['Authorization', `Basic ${Buffer.from('zoë:p:ss').toString('base64')}`]]);
    const [bearer] = schemesOf('listBearerItems');
    expect((await applyCredentials(bearer, { read, accessToken: noToken })).headers).toEqual([['Authorization', 'Bearer jwt.value']]);
  });

  it('sends the access token of an OAuth 2 or OpenID Connect scheme, and names what is missing', async () => {
    const { applyCredentials } = await import('@/lib/try-it/apply-credentials');
    const [oidc] = schemesOf('listOidcItems');
    const withToken = await applyCredentials(oidc, { read: values({}), accessToken: async (key) => (key === 'oidc' ? 'at-1' : undefined) });
    expect(withToken.headers).toEqual([['Authorization', 'Bearer at-1']]);
    const [combined] = schemesOf('listCombinedItems');
    expect((await applyCredentials(combined, { read: values({}), accessToken: noToken })).missing).toEqual([
      'API key (header X-API-Key)',
      'API key (query api_key)',
    ]);
  });

  it('reads the access token that the OAuth field stores for this tab', async () => {
    session.setItem('wingfield-oauth-authCode', JSON.stringify({ clientId: 'panel', token: { accessToken: 'at-2', tokenType: 'bearer', provider: {}, flow: 'authorizationCode' } }));
    session.setItem('wingfield-oauth-machine', '{"token": {"accessToken": 42}}');
    const { getOAuthAccessToken } = await import('@/lib/try-it/oauth-token-store');
    expect(await getOAuthAccessToken('authCode')).toBe('at-2');
    expect(await getOAuthAccessToken('machine')).toBeUndefined();
    expect(await getOAuthAccessToken('oidc')).toBeUndefined();
  });

  it('refuses, before sending, a header value that a header cannot carry', async () => {
    const { credentialValueProblem } = await import('@/lib/try-it/apply-credentials');
    const [header] = schemesOf('listHeaderKeyItems');
    expect(credentialValueProblem(header, values({ 'wingfield-credential:headerKey': 'a\r\nX-Admin: 1' }))).toMatch(/cannot carry/);
    expect(credentialValueProblem(header, values({ 'wingfield-credential:headerKey': 'clé' }))).toMatch(/cannot carry/);
    expect(credentialValueProblem(header, values({ 'wingfield-credential:headerKey': 'ok-key' }))).toBeUndefined();
    const [query] = schemesOf('listQueryKeyItems');
    expect(credentialValueProblem(query, values({ 'wingfield-credential:queryKey': 'clé & co' }))).toBeUndefined();
  });

  it('shows the samples masked values, a password wholly masked', async () => {
    const { sampleCredentials } = await import('@/lib/try-it/apply-credentials');
    const read = values({
      'wingfield-credential:headerKey': 'hk-abcdefghijkl',
      'wingfield-credential:basicAuth:username': 'ada',
      'wingfield-credential:basicAuth:password': 'secret-password',
    });
    const [header] = schemesOf('listAlternativeItems');
    const [, basic] = schemesOf('listAlternativeItems');
    const shown = { ...sampleCredentials(header, read, { reveal: false }), ...sampleCredentials(basic, read, { reveal: false }) };
    expect(shown).toEqual({ headerKey: 'hk-ab••••••••', basicAuth: 'ada:••••••••' });
    expect(JSON.stringify(shown)).not.toContain('secret');
    expect(sampleCredentials(basic, read, { reveal: true })).toEqual({ basicAuth: 'ada:secret-password' });
  });
});

describe('what the closed panel offers', () => {
  const model = buildApiModel(readDocument('tests/fixtures/security/secured-api.yaml'));
  const invitation = (operationId: string, tokenField = false) =>
    tryItInvitation(model.endpoints.find((endpoint) => endpoint.operationId === operationId)!.security, { tokenField });

  it('names the alternatives of the operation, in a sentence', () => {
    expect(invitation('listAlternativeItems')).toBe('Send this request with your API key (header X-API-Key) or username and password, and see what comes back.');
    expect(invitation('listCombinedItems')).toBe('Send this request with your API key (header X-API-Key) and API key (query api_key), and see what comes back.');
    expect(invitation('listBearerItems')).toBe('Send this request with your bearer token, and see what comes back.');
  });

  it("says the profile's API token only where the profile names one", () => {
    expect(invitation('listBearerItems', true)).toBe('Send this request to the dev environment with your API token.');
  });

  it('asks for nothing where the operation takes no credentials, and says when they are optional', () => {
    const files = buildApiModel(readDocument('tests/fixtures/files/files.yaml'));
    for (const endpoint of files.endpoints) {
      expect(tryItInvitation(endpoint.security, { tokenField: true })).toBe('Send this request and see what comes back. It needs no credentials.');
    }
    expect(tryItInvitation({ alternatives: model.endpoints[0].security.alternatives, optional: true }, { tokenField: false })).toMatch(/, or without credentials, and see what comes back\.$/);
  });
});

describe('what the code samples tell the reader to replace', () => {
  const model = buildApiModel(readDocument('tests/fixtures/security/secured-api.yaml'));
  const lead = (operationId: string) =>
    JSON.stringify(endpointContent(model.endpoints.find((endpoint) => endpoint.operationId === operationId)!).codeSamplesLead);

  it('names the placeholders the samples write, not a token the scheme does not have', () => {
    expect(lead('listHeaderKeyItems')).toContain('"<api-key>"');
    expect(lead('listHeaderKeyItems')).not.toContain('api-token');
    expect(lead('listBasicItems')).toContain('"<username>:<password>"');
    expect(lead('listAuthCodeItems')).toContain('"<access-token>"');
  });
});
