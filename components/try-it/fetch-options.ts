'use client';
import type { PlaygroundClientOptions } from 'fumadocs-openapi/playground/client';
import { getApiToken } from '@/lib/api-token-store';
import { markPanelRequest } from '@/lib/try-it/event-stream-fetch';
import { beginHistoryEntry } from './history-recorder';
import { getRequestState, malformedToken } from './request-state';

/** The Authorization header: the user's token, or none / a malformed one while reproducing those errors. */
function authorization(): string | undefined {
  const mode = getRequestState().preset?.token;
  if (mode === 'none') return undefined;
  if (mode === 'malformed') return `Bearer ${malformedToken}`;
  const { token } = getApiToken();
  return token ? `Bearer ${token}` : undefined;
}

async function prepareRequest(init: RequestInit): Promise<RequestInit> {
  const headers = new Headers(init.headers);
  const value = authorization();
  if (value) headers.set('Authorization', value);
  beginHistoryEntry();
  // fumadocs sends `patch` in lower case, which Next's route handlers refuse; the browser's
  // cookies for this site are never the API's
  // marked: an event stream that answers it is shown as it arrives (see installEventStreamFetch)
  return markPanelRequest({ ...init, method: init.method?.toUpperCase(), headers, credentials: 'omit' });
}

/**
 * How the playground sends. Cookie parameters go to the proxy as its `cookie` parameter, which
 * it sends on as `Cookie`: fumadocs' other way writes them into `document.cookie`, where they
 * stay on this site and never reach the API.
 */
export const tryItFetchOptions: NonNullable<PlaygroundClientOptions['fetchOptions']> = {
  requestTimeout: 20,
  proxyForwardCookie: true,
  onRequestInit: prepareRequest,
};
