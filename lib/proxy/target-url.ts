import type { ServerTemplate } from '../server-template';
import { percentDecodings } from '../percent-decodings';
import { forbiddenAddressKind } from './address-policy';

/** An environment as the proxy sees it: where it is, under which path the API lives, and who named it. */
export interface ProxyEnvironment {
  /** Scheme, host and port, compared exactly. */
  origin: string;
  /** The path of the document's server, `''` or `/v1` (no trailing slash): every target lies under it. */
  basePath: string;
  /**
   * The operator named this origin (`WINGFIELD_DEV_URL`, `WINGFIELD_ENVIRONMENTS`): it is called
   * wherever it is. One that comes from the document alone reaches public addresses only.
   */
  trusted: boolean;
  /**
   * A document's server with `{variables}`: it allows exactly the URLs the template produces
   * (`origin` and `basePath` are then its defaults'). A produced origin is trusted only when the
   * operator names it too.
   */
  template?: ServerTemplate;
}

export type TargetRefusal = 'proxy_invalid_url' | 'proxy_target_not_allowed' | 'proxy_invalid_path' | 'proxy_address_not_allowed';

/** The result of checking a URL that the browser asked the proxy to call. */
export type TargetCheck =
  /**
   * `environment`: the first that allows the URL, with the origin and base path it resolves to;
   * `candidates`: all of them, in order (an operator's origin and a server template can both allow
   * it, with different base paths), for the caller to pick the one whose operation matches.
   */
  | { ok: true; url: URL; environment: ProxyEnvironment; candidates: ProxyEnvironment[] }
  | { ok: false; type: TargetRefusal; status: 400 | 403; reason: string };

/**
 * The path part of a URL as written, before a parser resolves `..` or decodes anything: what
 * follows `scheme://authority` (slashes and backslashes alike, as WHATWG URL reads them for
 * http) up to `?` or `#`. Tabs and newlines are removed first, as the parser removes them.
 */
function writtenPath(raw: string): string {
  const text = raw.replace(/[\t\n\r]/g, '');
  const afterAuthority = /^[a-z][a-z0-9+.-]*:[\\/]*[^\\/?#]*/i.exec(text)?.[0].length ?? 0;
  return text.slice(afterAuthority).split(/[?#]/, 1)[0];
}


/**
 * Whether a decoded segment is `.` or `..` as some server may read it: before a `;` path
 * parameter (`..;`, which Tomcat resolves as `..`) and after Unicode compatibility folding
 * (full-width `．．`).
 */
function isDotSegment(form: string): boolean {
  const bare = form.split(';', 1)[0].normalize('NFKC');
  return bare === '.' || bare === '..';
}

/**
 * Why a path as written could step outside the path it names, or `undefined`: a `.` or `..`
 * segment, plain or percent-encoded in any case (`%2e%2E`), or a segment holding an encoded `/`
 * or `\` that a server could decode into a separator. Checked before the parser normalises, so
 * that the refusal names what was asked rather than where it would have landed.
 */
export function unsafePathReason(path: string): string | undefined {
  for (const segment of path.split(/[\\/]/)) {
    // up to three times, for `%252e` as well as `%2e`
    const forms = percentDecodings(segment, 3);
    if (forms.some(isDotSegment)) {
      return `the path segment "${segment}" is a dot segment, which would leave the documented path`;
    }
    if (forms.slice(1).some((form) => /[\\/]/.test(form))) {
      return `the path segment "${segment}" holds an encoded slash or backslash`;
    }
  }
  return undefined;
}

/**
 * Parses a target URL and allows it only when its origin is exactly one of the environments'
 * and its path is safe as written. WHATWG URL parsing normalises IP encodings (`0x7f.1`,
 * `2130706433`) and case first, so look-alikes cannot match by spelling; credentials in the URL
 * are refused outright. An environment from the document alone whose host is a non-public IP
 * literal is refused here; a host name is checked on the addresses it resolves to, when the
 * connection is made (`upstream-agent.ts`).
 */
export function checkTargetUrl(raw: string, environments: readonly ProxyEnvironment[]): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 400, type: 'proxy_invalid_url', reason: `"${raw}" is not an absolute URL.` };
  }
  const notAllowed = (reason: string): TargetCheck => ({ ok: false, status: 403, type: 'proxy_target_not_allowed', reason });
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return notAllowed(`The ${url.protocol} scheme is not allowed; only the configured environments can be called.`);
  }
  if (url.username || url.password) return notAllowed('URLs with credentials (user:password@) are not allowed.');
  const candidates = environments.flatMap((candidate): ProxyEnvironment[] => {
    if (!candidate.template) return candidate.origin === url.origin ? [candidate] : [];
    const match = candidate.template.match(url);
    if (!match) return [];
    const named = environments.some((other) => other.trusted && !other.template && other.origin === match.origin);
    return [{ origin: match.origin, basePath: match.basePath, trusted: candidate.trusted || named }];
  });
  const environment = candidates[0];
  if (!environment) {
    const origins = environments.map((candidate) => candidate.template?.url ?? candidate.origin);
    return notAllowed(
      origins.length
        ? `${url.origin} is not a configured environment; the proxy only calls ${origins.join(', ')}.`
        : `${url.origin} is not a configured environment, and none is configured.`,
    );
  }
  const unsafe = unsafePathReason(writtenPath(raw));
  if (unsafe) return { ok: false, status: 400, type: 'proxy_invalid_path', reason: `The URL was not called: ${unsafe}.` };
  const kind = environment.trusted ? undefined : forbiddenAddressKind(url.hostname);
  if (kind) {
    return {
      ok: false,
      status: 403,
      type: 'proxy_address_not_allowed',
      reason: `${url.hostname} is a ${kind} address. The proxy calls such addresses only for an environment the operator names (WINGFIELD_DEV_URL, WINGFIELD_ENVIRONMENTS), not for a server that the document alone gives.`,
    };
  }
  return { ok: true, url, environment, candidates };
}
