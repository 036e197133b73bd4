// No imports: the callback route is served on its own, and must not pull the OAuth client in.

/** The same-origin page the provider sends the reader back to (`app/oauth/callback`). */
export const oauthCallbackPath = '/oauth/callback';

/** Where the callback page reports the provider's answer to the tab that asked for it. */
export const oauthChannelName = 'wingfield-oauth';

/** The message the callback page posts: the query (or fragment) the provider sent it back with. */
export interface OAuthCallbackMessage {
  type: 'wingfield-oauth-callback';
  search: string;
}

export function isOAuthCallbackMessage(value: unknown): value is OAuthCallbackMessage {
  const message = value as Partial<OAuthCallbackMessage> | null;
  return typeof message === 'object' && message !== null && message.type === 'wingfield-oauth-callback' && typeof message.search === 'string';
}
