/**
 * The integrator's Wingfield API token: the credential store's entry under the key it has always
 * had, sent as `Authorization: Bearer …` to the selected environment. "Remember on this device"
 * is the store's, for every credential at once.
 */
import {
  apiTokenSlot,
  clearCredentials,
  getCredential,
  getRememberCredentials,
  maskCredential,
  setCredential,
  setRememberCredentials,
  subscribeCredentials,
} from './credential-store';

export interface ApiTokenState {
  token: string;
  remember: boolean;
}

const empty: ApiTokenState = { token: '', remember: false };
let snapshot: ApiTokenState = empty;

/** The same object while nothing changed, as `useSyncExternalStore` needs it. */
export function getApiToken(): ApiTokenState {
  const token = getCredential(apiTokenSlot);
  const remember = getRememberCredentials();
  if (snapshot.token !== token || snapshot.remember !== remember) snapshot = { token, remember };
  return snapshot;
}

export function getServerApiToken(): ApiTokenState {
  return empty;
}

export function setApiToken(token: string, remember?: boolean) {
  if (remember !== undefined && remember !== getRememberCredentials()) setRememberCredentials(remember);
  setCredential(apiTokenSlot, token);
}

export function setRememberApiToken(remember: boolean) {
  setRememberCredentials(remember);
}

export function clearApiToken() {
  clearCredentials([apiTokenSlot]);
}

export function subscribeApiToken(listener: () => void): () => void {
  return subscribeCredentials(listener);
}

export const maskToken = maskCredential;
