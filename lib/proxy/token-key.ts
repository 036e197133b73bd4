import { createHmac, randomBytes } from 'node:crypto';

export interface TokenKeyOptions {
  /**
   * The HMAC key. Instances that share counts must share it, or one token would count under a
   * different name on each. Unset: {@link TokenKeyOptions.sharedSecret} or a random one per process.
   */
  secret?: string;
  /**
   * Agrees on a secret with the other instances (through Redis): offers `candidate`, answers the
   * one that holds. Always asked in the background: a request never waits for it, and is hashed
   * with the process's own secret until an answer has come.
   */
  sharedSecret?: (candidate: string) => Promise<string>;
  /**
   * How often an agreed secret is asked again, in the background: after Redis has lost its data,
   * the instances offer theirs again and converge on one. Default one minute.
   */
  refreshMs?: number;
  /** How long after a failed agreement a request may start the next attempt. Default one second. */
  retryMs?: number;
}

export interface TokenKey {
  /** The name the token in an `Authorization` value is counted under. */
  (authorization: string): string;
  /** Whether the secret in use holds for every instance: given, or agreed through Redis. */
  readonly shared: boolean;
  /** Starts agreeing now (when Redis has come back, say), unless an attempt is under way. */
  agree(): Promise<void>;
}

const spaces = /[ \t]+/g;

/**
 * One spelling of an `Authorization` value: the scheme is case-insensitive (RFC 9110, 11.1) and
 * whitespace around and between the parts is not part of the credentials, so `Bearer t`,
 * `bearer t`, `BEARER\tt` and ` Bearer  t ` are one client. A value of one word (an API key
 * without a scheme) is kept as it is: its case may matter.
 */
export function normaliseAuthorization(value: string): string {
  const words = value.trim().split(spaces);
  if (words.length === 1) return words[0];
  return [words[0].toLowerCase(), ...words.slice(1)].join(' ');
}

/**
 * The name a token is counted under: a keyed hash of the normalised `Authorization` value, so
 * that neither memory, Redis nor a log ever holds the token, and a leaked count key cannot be
 * tested against guessed tokens without the secret.
 */
export function createTokenKey({ secret, sharedSecret, refreshMs = 60_000, retryMs = 1_000 }: TokenKeyOptions = {}): TokenKey {
  const processSecret = secret ?? randomBytes(32).toString('base64url');
  const agreeing = sharedSecret && !secret ? sharedSecret : undefined;
  let agreed: string | undefined = secret;
  let agreedAt = 0;
  let attemptedAt = -Infinity;
  let pending: Promise<void> | undefined;

  function agree(): Promise<void> {
    if (!agreeing) return Promise.resolve();
    attemptedAt = Date.now();
    pending ??= agreeing(agreed ?? processSecret)
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

  const key = (authorization: string): string => {
    if (agreeing && !pending) {
      const due = agreed === undefined ? Date.now() - attemptedAt >= retryMs : Date.now() - agreedAt > refreshMs;
      if (due) void agree();
    }
    return createHmac('sha256', agreed ?? processSecret)
      .update(normaliseAuthorization(authorization))
      .digest('base64url')
      .slice(0, 32);
  };
  // a getter: Object.assign would copy the value of the moment
  return Object.defineProperties(key, {
    agree: { value: agree },
    shared: { get: () => agreed !== undefined },
  }) as TokenKey;
}
