/**
 * The integrator's API token, shared by every endpoint page of the tab: in sessionStorage by
 * default, in localStorage when they ask to be remembered on this device. Only the try-it panel
 * reads it, to send it as `Authorization: Bearer …` to the selected environment.
 */
const storageKey = 'wingfield-api-token';

export interface ApiTokenState {
  token: string;
  remember: boolean;
}

const empty: ApiTokenState = { token: '', remember: false };
const listeners = new Set<() => void>();
let cached: ApiTokenState | undefined;

function read(): ApiTokenState {
  try {
    const remembered = window.localStorage.getItem(storageKey);
    if (remembered) return { token: remembered, remember: true };
    return { token: window.sessionStorage.getItem(storageKey) ?? '', remember: false };
  } catch {
    // storage can be disabled (privacy settings); the token then lives for this page only
    return cached ?? empty;
  }
}

export function getApiToken(): ApiTokenState {
  cached ??= read();
  return cached;
}

export function getServerApiToken(): ApiTokenState {
  return empty;
}

function write(state: ApiTokenState) {
  cached = state;
  try {
    window.localStorage.removeItem(storageKey);
    window.sessionStorage.removeItem(storageKey);
    if (state.token) (state.remember ? window.localStorage : window.sessionStorage).setItem(storageKey, state.token);
  } catch {
    // see read()
  }
  for (const listener of listeners) listener();
}

export function setApiToken(token: string, remember = getApiToken().remember) {
  write({ token: token.trim(), remember });
}

export function setRememberApiToken(remember: boolean) {
  write({ ...getApiToken(), remember });
}

export function clearApiToken() {
  write({ token: '', remember: getApiToken().remember });
}

export function subscribeApiToken(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey) return;
    cached = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** `tok_ext_v1_ab••••••••` — enough to recognise the token, not enough to use it. */
export function maskToken(token: string): string {
  if (!token) return '';
  const visible = Math.min(12, Math.floor(token.length / 3));
  return `${token.slice(0, visible)}${'•'.repeat(8)}`;
}
