import { apiKeyLocation, type AppliedScheme } from '../endpoints/security';
import { credentialSlot, maskCredential } from '../credential-store';

/** What one alternative's credentials add to a request. */
export interface AppliedCredentials {
  /** Request headers: an API key's own header, or `Authorization`. */
  headers: [string, string][];
  /** API keys for the API's query (the proxy adds them to its URL). */
  query: [string, string][];
  /** API keys for the API's cookies (the proxy sends them as `Cookie`). */
  cookies: [string, string][];
  /** The labels of the schemes that have no credential yet, or that cannot be sent with the others. */
  missing: string[];
}

export interface ApplyCredentialsOptions {
  /** A stored credential by its slot (`credentialSlot`), `''` when there is none. */
  read: (slot: string) => string;
  /** The access token of an OAuth 2 or OpenID Connect scheme, by the scheme's key. */
  accessToken: (schemeKey: string) => Promise<string | undefined>;
}

/** `base64(user:pass)` of the UTF-8 bytes, as RFC 7617 asks and browsers' `btoa` alone cannot. */
export function basicCredentials(username: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The storage slots a scheme's fields use: one, or HTTP basic's two. */
export function schemeSlots(scheme: AppliedScheme): string[] {
  if (scheme.type === 'http' && scheme.scheme === 'basic') return [credentialSlot(scheme.key, 'username'), credentialSlot(scheme.key, 'password')];
  return [credentialSlot(scheme.key)];
}

/**
 * Every scheme of the alternative the reader chose, each where its scheme says: an API key in
 * its header, query parameter or cookie; HTTP basic and bearer, OAuth 2 and OpenID Connect in
 * `Authorization`. A set needs all of them; one `Authorization` header holds one of them.
 */
export async function applyCredentials(schemes: readonly AppliedScheme[], { read, accessToken }: ApplyCredentialsOptions): Promise<AppliedCredentials> {
  const applied: AppliedCredentials = { headers: [], query: [], cookies: [], missing: [] };
  let authorization = false;
  const authorize = (scheme: AppliedScheme, value: string | undefined) => {
    if (!value) applied.missing.push(scheme.credential.label);
    else if (authorization) applied.missing.push(`${scheme.credential.label} (one Authorization header holds one credential)`);
    else {
      authorization = true;
      applied.headers.push(['Authorization', value]);
    }
  };
  for (const scheme of schemes) {
    if (scheme.type === 'apiKey') {
      const value = read(credentialSlot(scheme.key));
      if (!value || !scheme.name) {
        applied.missing.push(scheme.credential.label);
        continue;
      }
      ({ header: applied.headers, query: applied.query, cookie: applied.cookies })[apiKeyLocation(scheme)].push([scheme.name, value]);
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const [username, password] = schemeSlots(scheme).map(read);
      authorize(scheme, username || password ? `Basic ${basicCredentials(username, password)}` : undefined);
    } else if (scheme.type === 'http' && scheme.scheme === 'bearer') {
      const token = read(credentialSlot(scheme.key));
      authorize(scheme, token ? `Bearer ${token}` : undefined);
    } else if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      const token = await accessToken(scheme.key);
      authorize(scheme, token ? `Bearer ${token}` : undefined);
    } else {
      // HTTP schemes other than basic and bearer, mutual TLS: nothing the panel can send
      applied.missing.push(scheme.credential.label);
    }
  }
  return applied;
}

/**
 * What the samples show for each scheme of the alternative: the value masked (a password wholly),
 * or as it is when the reader reveals it; HTTP basic as `username:<password>`. A scheme without a
 * value is left out, and the samples write its placeholder.
 */
export function sampleCredentials(schemes: readonly AppliedScheme[], read: (slot: string) => string, { reveal }: { reveal: boolean }): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const scheme of schemes) {
    if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const [username, password] = schemeSlots(scheme).map(read);
      if (username || password) shown[scheme.key] = `${username}:${reveal ? password : '•'.repeat(8)}`;
    } else if (scheme.type === 'apiKey' || (scheme.type === 'http' && scheme.scheme === 'bearer')) {
      const value = read(credentialSlot(scheme.key));
      if (value) shown[scheme.key] = reveal ? value : maskCredential(value);
    }
  }
  return shown;
}

/** What a header can carry: visible ASCII, with spaces and tabs only inside (RFC 9110 field values, as browsers accept them). */
const headerValue = /^[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?$/;

/**
 * Why a credential of the alternative cannot be sent, before sending: a value for a header that
 * a header cannot carry (a line break would end it, a non-ASCII character is refused by the
 * browser). Keys for the query and cookies are percent-encoded, and HTTP basic is base64.
 */
export function credentialValueProblem(schemes: readonly AppliedScheme[], read: (slot: string) => string): string | undefined {
  for (const scheme of schemes) {
    const inHeader = (scheme.type === 'apiKey' && scheme.in !== 'query' && scheme.in !== 'cookie') || (scheme.type === 'http' && scheme.scheme === 'bearer');
    const value = inHeader ? read(credentialSlot(scheme.key)) : '';
    if (value && !headerValue.test(value)) {
      return `the ${scheme.credential.label} holds characters that a header cannot carry (only visible ASCII characters and inner spaces)`;
    }
  }
  return undefined;
}
