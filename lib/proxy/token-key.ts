import { createHmac, randomBytes } from 'node:crypto';

export interface TokenKeyOptions {
  /**
   * The HMAC key. Instances that share counts must share it, or one token would count under a
   * different name on each. Unset: {@link TokenKeyOptions.sharedSecret} or a random one per process.
   */
  secret?: string;
  /**
   * Agrees on a secret with the other instances (through Redis): offers `candidate`, answers the
   * one that holds. Asked until it succeeds, and the process's own secret is used meanwhile.
   */
  sharedSecret?: (candidate: string) => Promise<string>;
  /**
   * How often an agreed secret is asked again, in the background: after Redis has lost its data,
   * the instances offer theirs again and converge on one. Default one minute.
   */
  refreshMs?: number;
}

export type TokenKey = (authorization: string) => Promise<string>;

/**
 * The name a token is counted under: a keyed hash of the whole `Authorization` value, so that
 * neither memory, Redis nor a log ever holds the token, and a leaked count key cannot be tested
 * against guessed tokens without the secret.
 */
export function createTokenKey({ secret, sharedSecret, refreshMs = 60_000 }: TokenKeyOptions = {}): TokenKey {
  const processSecret = secret ?? randomBytes(32).toString('base64url');
  let agreed: string | undefined = secret;
  let agreedAt = 0;
  let pending: Promise<void> | undefined;

  function agree(ask: (candidate: string) => Promise<string>): Promise<void> {
    pending ??= ask(agreed ?? processSecret)
      .then((value) => {
        agreed = value;
        agreedAt = Date.now();
      })
      .catch(() => undefined)
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  return async (authorization) => {
    if (sharedSecret && !secret) {
      if (agreed === undefined) await agree(sharedSecret);
      else if (Date.now() - agreedAt > refreshMs) void agree(sharedSecret);
    }
    return createHmac('sha256', agreed ?? processSecret)
      .update(authorization)
      .digest('base64url')
      .slice(0, 32);
  };
}
