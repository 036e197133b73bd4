import { createHmac, randomBytes } from 'node:crypto';

export interface TokenKeyOptions {
  /**
   * The HMAC key. Instances that share counts must share it, or one token would count under a
   * different name on each. Unset: {@link TokenKeyOptions.sharedSecret} or a random one per process.
   */
  secret?: string;
  /**
   * Agrees on a secret with the other instances (through Redis); called until it succeeds, and
   * meanwhile the process's own secret is used.
   */
  sharedSecret?: () => Promise<string>;
}

export type TokenKey = (authorization: string) => Promise<string>;

/**
 * The name a token is counted under: a keyed hash of the whole `Authorization` value, so that
 * neither memory, Redis nor a log ever holds the token, and a leaked count key cannot be tested
 * against guessed tokens without the secret.
 */
export function createTokenKey({ secret, sharedSecret }: TokenKeyOptions = {}): TokenKey {
  const processSecret = secret ?? randomBytes(32).toString('base64url');
  let agreed: string | undefined = secret;
  let pending: Promise<void> | undefined;

  function agree(): Promise<void> {
    pending ??= sharedSecret!()
      .then((value) => {
        agreed = value;
      })
      .catch(() => undefined)
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  return async (authorization) => {
    if (agreed === undefined && sharedSecret) await agree();
    return createHmac('sha256', agreed ?? processSecret)
      .update(authorization)
      .digest('base64url')
      .slice(0, 32);
  };
}
