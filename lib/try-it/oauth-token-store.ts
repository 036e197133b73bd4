/**
 * The access token of an OAuth 2 or OpenID Connect scheme, as the panel holds it for this tab:
 * sessionStorage `wingfield-oauth-<scheme key>`, `{ "accessToken": "…" }`.
 */
export function oauthStorageKey(schemeKey: string): string {
  return `wingfield-oauth-${schemeKey}`;
}

export async function getOAuthAccessToken(schemeKey: string): Promise<string | undefined> {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(oauthStorageKey(schemeKey)) ?? 'null');
    const token = (stored as { accessToken?: unknown } | null)?.accessToken;
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}
