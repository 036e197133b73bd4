import { getRememberCredentials, subscribeCredentials } from '../credential-store';
import { describeOAuthError, refreshGrant, type OAuthProvider, type OAuthTokens } from './oauth-flow';

/**
 * What the panel keeps per OAuth 2 / OpenID Connect scheme: the reader's client, and the tokens
 * once they authorized. In this tab (sessionStorage) by default, on this device (localStorage)
 * with the panel's "Remember on this device", as every other credential (`credential-store.ts`); only the panel reads it, to send the access token to the
 * selected environment through the proxy. Never in the history, a shared link or a log.
 */
const keyPrefix = 'wingfield-oauth-';

/** A token within this long of its expiry is refreshed before it is sent. */
export const refreshMarginMs = 5_000;

export interface StoredOAuthToken extends OAuthTokens {
  /** Where it came from and where it is refreshed (the flow's refreshUrl, else its tokenUrl). */
  provider: Pick<OAuthProvider, 'tokenUrl' | 'refreshUrl' | 'issuer' | 'authMethods'>;
  flow: string;
}

export interface OAuthSchemeState {
  clientId: string;
  clientSecret: string;
  token?: StoredOAuthToken;
  /** Why the last refresh failed: the token is gone, the reader is to authorize again. Not stored. */
  problem?: string;
}

const empty: OAuthSchemeState = { clientId: '', clientSecret: '' };
const listeners = new Set<() => void>();
const cache = new Map<string, OAuthSchemeState>();
const refreshing = new Map<string, Promise<string | undefined>>();

/** Where a scheme's client and tokens are kept: `wingfield-oauth-<scheme key>`, in sessionStorage or localStorage. */
export function oauthStorageKey(schemeKey: string): string {
  return `${keyPrefix}${schemeKey}`;
}

/** What another page or an older version left in storage is read only when it has the shape of a token. */
function isStoredToken(value: unknown): value is StoredOAuthToken {
  const token = value as Partial<StoredOAuthToken> | null | undefined;
  return (
    typeof token === 'object' &&
    token !== null &&
    typeof token.accessToken === 'string' &&
    token.accessToken !== '' &&
    (token.expiresAt === undefined || typeof token.expiresAt === 'number') &&
    (token.refreshToken === undefined || typeof token.refreshToken === 'string') &&
    typeof token.provider === 'object' &&
    token.provider !== null
  );
}

function parse(text: string | null): Omit<OAuthSchemeState, 'problem'> | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<OAuthSchemeState>;
    return {
      clientId: typeof value.clientId === 'string' ? value.clientId : '',
      clientSecret: typeof value.clientSecret === 'string' ? value.clientSecret : '',
      ...(isStoredToken(value.token) ? { token: value.token } : {}),
    };
  } catch {
    return undefined;
  }
}

function read(schemeKey: string): OAuthSchemeState {
  try {
    const key = oauthStorageKey(schemeKey);
    return { ...empty, ...(parse(window.localStorage.getItem(key)) ?? parse(window.sessionStorage.getItem(key))) };
  } catch {
    // storage can be disabled (privacy settings): then this page's memory only
    return empty;
  }
}

export function getOAuthState(schemeKey: string): OAuthSchemeState {
  let state = cache.get(schemeKey);
  if (!state) cache.set(schemeKey, (state = read(schemeKey)));
  return state;
}

export function getServerOAuthState(): OAuthSchemeState {
  return empty;
}

function store(key: string, state: Omit<OAuthSchemeState, 'problem'>, remember: boolean) {
  try {
    window.localStorage.removeItem(key);
    window.sessionStorage.removeItem(key);
    const { clientId, clientSecret, token } = state;
    if (clientId || clientSecret || token) (remember ? window.localStorage : window.sessionStorage).setItem(key, JSON.stringify({ clientId, clientSecret, token }));
  } catch {
    // see read()
  }
}

function write(schemeKey: string, state: OAuthSchemeState) {
  cache.set(schemeKey, state);
  store(oauthStorageKey(schemeKey), state, getRememberCredentials());
  for (const listener of listeners) listener();
}

/** After "Remember on this device" changed: every scheme's entry, other pages' included, moves where it says. */
function relocate() {
  const remember = getRememberCredentials();
  try {
    for (const storage of [window.localStorage, window.sessionStorage]) {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => !!key?.startsWith(keyPrefix));
      for (const key of keys) {
        const state = parse(storage.getItem(key));
        if (state && (storage === window.localStorage) !== remember) store(key, state, remember);
      }
    }
  } catch {
    // see read()
  }
}

function update(schemeKey: string, change: Partial<OAuthSchemeState>) {
  write(schemeKey, { ...getOAuthState(schemeKey), ...change });
}

export function setOAuthClient(schemeKey: string, client: Partial<Pick<OAuthSchemeState, 'clientId' | 'clientSecret'>>) {
  update(schemeKey, client);
}

export function saveOAuthToken(schemeKey: string, token: StoredOAuthToken) {
  update(schemeKey, { token, problem: undefined });
}

/** Forgets the tokens of the scheme (the client ID stays, for the next sign-in). */
export function signOutOAuth(schemeKey: string) {
  update(schemeKey, { token: undefined, problem: undefined });
}

/** Forgets everything of the scheme: tokens, client ID and secret. */
export function forgetOAuth(schemeKey: string) {
  write(schemeKey, empty);
}

export function subscribeOAuth(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (!event.key?.startsWith(keyPrefix)) return;
    cache.delete(event.key.slice(keyPrefix.length));
    listener();
  };
  window.addEventListener('storage', onStorage);
  const unsubscribeCredentials = subscribeCredentials(relocate);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
    unsubscribeCredentials();
  };
}

export function isExpiring(token: Pick<OAuthTokens, 'expiresAt'>, now = Date.now()): boolean {
  return token.expiresAt !== undefined && token.expiresAt - now <= refreshMarginMs;
}

async function refresh(schemeKey: string, token: StoredOAuthToken): Promise<string | undefined> {
  const { clientId, clientSecret } = getOAuthState(schemeKey);
  try {
    const next = await refreshGrant(token.provider, { clientId, clientSecret }, token.refreshToken!);
    saveOAuthToken(schemeKey, { ...next, provider: token.provider, flow: token.flow });
    return next.accessToken;
  } catch (error) {
    update(schemeKey, { token: undefined, problem: `The access token expired and could not be refreshed. ${describeOAuthError(error)}. Authorize again.` });
    return undefined;
  }
}

/**
 * The current access token of a scheme, to send: refreshed first (through the token proxy) when
 * it has expired or expires within a few seconds and there is a refresh token. Undefined when
 * there is none, it expired without a refresh token, or the refresh failed (the field then says
 * why). Concurrent sends share one refresh.
 */
export async function getOAuthAccessToken(schemeKey: string): Promise<string | undefined> {
  const { token } = getOAuthState(schemeKey);
  if (!token) return undefined;
  if (!isExpiring(token)) return token.accessToken;
  if (!token.refreshToken) return undefined;
  let pending = refreshing.get(schemeKey);
  if (!pending) {
    pending = refresh(schemeKey, token).finally(() => refreshing.delete(schemeKey));
    refreshing.set(schemeKey, pending);
  }
  return pending;
}
