'use client';
import type { PlaygroundClientOptions } from 'fumadocs-openapi/playground/client';
import { getApiToken } from '@/lib/api-token-store';
import { getCredential } from '@/lib/credential-store';
import { credentialCookieHeader, credentialQueryHeader, encodeCredentialCookies, encodeCredentialQuery } from '@/lib/proxy/credential-transport';
import { applyCredentials } from '@/lib/try-it/apply-credentials';
import { getOAuthAccessToken } from '@/lib/try-it/oauth-token-store';
import { chosenSchemes, getCredentialChoice } from './credential-choice';
import { beginHistoryEntry } from './history-recorder';
import { getRequestState, malformedToken } from './request-state';

/** The profile's token as `Authorization`: the user's token, or none / a malformed one while reproducing those errors. */
function tokenAuthorization(): string | undefined {
  const mode = getRequestState().preset?.token;
  if (mode === 'none') return undefined;
  if (mode === 'malformed') return `Bearer ${malformedToken}`;
  const { token } = getApiToken();
  return token ? `Bearer ${token}` : undefined;
}

/**
 * The chosen alternative's credentials, each where its scheme says. API keys for the query and
 * cookies go to the proxy in headers of their own, never in a URL: the proxy puts them where they
 * belong, for the operations that declare their scheme.
 */
async function applySchemes(headers: Headers) {
  const applied = await applyCredentials(chosenSchemes(), { read: getCredential, accessToken: getOAuthAccessToken });
  for (const [name, value] of applied.headers) headers.set(name, value);
  if (applied.query.length > 0) headers.set(credentialQueryHeader, encodeCredentialQuery(applied.query));
  if (applied.cookies.length > 0) headers.set(credentialCookieHeader, encodeCredentialCookies(applied.cookies));
}

async function prepareRequest(init: RequestInit): Promise<RequestInit> {
  const headers = new Headers(init.headers);
  const choice = getCredentialChoice();
  if (choice && !choice.tokenField) await applySchemes(headers);
  else {
    const value = tokenAuthorization();
    if (value) headers.set('Authorization', value);
  }
  beginHistoryEntry();
  // fumadocs sends `patch` in lower case, which Next's route handlers refuse; the browser's
  // cookies for this site are never the API's
  return { ...init, method: init.method?.toUpperCase(), headers, credentials: 'omit' };
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
