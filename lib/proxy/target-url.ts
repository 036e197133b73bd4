/** The result of checking a URL that the browser asked the proxy to call. */
export type TargetCheck = { ok: true; url: URL } | { ok: false; invalid: boolean; reason: string };

/**
 * Parses a target URL and allows it only when its origin is exactly one of the allowed origins.
 * WHATWG URL parsing normalises IP encodings (`0x7f.1`, `2130706433`) and case first, so
 * look-alikes cannot match by spelling; credentials in the URL are refused outright.
 */
export function checkTargetUrl(raw: string, allowedOrigins: readonly string[]): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, invalid: true, reason: `"${raw}" is not an absolute URL.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, invalid: false, reason: `The ${url.protocol} scheme is not allowed; only the configured environments can be called.` };
  }
  if (url.username || url.password) {
    return { ok: false, invalid: false, reason: 'URLs with credentials (user:password@) are not allowed.' };
  }
  if (!allowedOrigins.includes(url.origin)) {
    return {
      ok: false,
      invalid: false,
      reason: `${url.origin} is not a configured environment; the proxy only calls ${allowedOrigins.join(', ')}.`,
    };
  }
  return { ok: true, url };
}
