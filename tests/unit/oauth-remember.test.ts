import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './support/memory-storage';


let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  vi.resetModules();
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: local, sessionStorage: session, addEventListener() {}, removeEventListener() {} });
});

const token = { accessToken: 'at_1', tokenType: 'bearer', refreshToken: 'rt_1', provider: { tokenUrl: 'https://login.example.com/token' }, flow: 'authorizationCode' };

describe('where the OAuth client and tokens are kept', () => {
  it('in this tab by default; on this device, and back, with the panel\'s "Remember on this device"', async () => {
    const store = await import('@/lib/try-it/oauth-token-store');
    const credentials = await import('@/lib/credential-store');
    const unsubscribe = store.subscribeOAuth(() => {});
    store.setOAuthClient('authCode', { clientId: 'panel', clientSecret: 'shh' });
    store.saveOAuthToken('authCode', token);
    expect(JSON.parse(session.getItem('wingfield-oauth-authCode')!)).toMatchObject({ clientId: 'panel', clientSecret: 'shh', token: { accessToken: 'at_1' } });
    expect(local.getItem('wingfield-oauth-authCode')).toBeNull();

    credentials.setRememberCredentials(true);
    expect(session.getItem('wingfield-oauth-authCode')).toBeNull();
    expect(JSON.parse(local.getItem('wingfield-oauth-authCode')!)).toMatchObject({ token: { refreshToken: 'rt_1' } });

    credentials.setRememberCredentials(false);
    expect(local.getItem('wingfield-oauth-authCode')).toBeNull();
    expect(session.getItem('wingfield-oauth-authCode')).not.toBeNull();

    store.signOutOAuth('authCode');
    expect(JSON.parse(session.getItem('wingfield-oauth-authCode')!)).toEqual({ clientId: 'panel', clientSecret: 'shh' });
    store.forgetOAuth('authCode');
    expect([session.getItem('wingfield-oauth-authCode'), local.getItem('wingfield-oauth-authCode')]).toEqual([null, null]);
    unsubscribe();
  });

  it('reads nothing from an entry that is not one of its own shape', async () => {
    session.setItem('wingfield-oauth-authCode', '{"token": {"accessToken": ["not", "a", "string"]}}');
    session.setItem('wingfield-oauth-machine', 'not json');
    session.setItem('wingfield-oauth-oidc', JSON.stringify({ token: { ...token, expiresAt: 'never' } }));
    const store = await import('@/lib/try-it/oauth-token-store');
    expect(await store.getOAuthAccessToken('authCode')).toBeUndefined();
    expect(await store.getOAuthAccessToken('machine')).toBeUndefined();
    expect(await store.getOAuthAccessToken('oidc')).toBeUndefined();
  });
});
