import { statusReason } from '../http-status';
import { formatBytes, proxyDefaults } from '../proxy/proxy-limits';

/** What the panel knows of the endpoint's documented answers. */
export interface ResponseContract {
  successStatus?: string;
  errors: { status: string; type: string; description: string }[];
}

export type Explanation =
  | { kind: 'success'; status: number; documented: boolean }
  | { kind: 'documented-error'; status: number; type: string; description: string; anchor: string }
  | { kind: 'undocumented-error'; status: number; type?: string; statusDocumented: boolean; typeDocumentedElsewhere?: string }
  | { kind: 'proxy'; type: string; message: string; advice: string }
  | { kind: 'not-json'; status: number; contentType: string; advice: string }
  | { kind: 'network'; message: string; advice: string };

export interface ObservedResponse {
  status: number;
  headers: Headers;
  /** The body as text (empty when there is none). */
  text: string;
}

const proxyAdvice: Record<string, string> = {
  proxy_missing_url: 'The panel sent no target URL: reload the page and try again.',
  proxy_invalid_url: 'The panel built an invalid URL: check the path parameters for stray characters.',
  proxy_target_not_allowed: 'Pick one of the listed environments; the proxy calls nothing else.',
  proxy_method_not_allowed: 'The API uses no such method; reload the page to get the current panel.',
  proxy_body_too_large: `Shorten the request body, or choose smaller files, to under ${formatBytes(proxyDefaults.maxRequestBytes)} in all.`,
  proxy_redirect_not_allowed:
    'The API redirected away from the selected environment; check the environment URL or ask Wingfield support.',
  proxy_too_many_redirects: 'The API kept redirecting; check the path, or ask Wingfield support if it persists.',
  proxy_request_timeout: 'The request body took too long to reach the proxy: check your connection and send again.',
  proxy_upstream_timeout: 'Send again in a moment; if it keeps timing out, the environment may be down or overloaded.',
  proxy_response_too_large: 'Ask for less, for example with a smaller `limit`.',
  proxy_rate_limited: 'Wait a little before sending again.',
  proxy_invalid_path: 'A path value holds `..`, `.` or an encoded `/` or `\\`: the proxy sends only paths that stay where the document says. Check the path parameters.',
  proxy_path_not_documented: 'The proxy calls only the operations of this document; reload the page to get the current panel.',
  proxy_address_not_allowed:
    "The environment's host is on a private or local network, which the proxy calls only when the site's operator names it (WINGFIELD_DEV_URL).",
  proxy_cookie_not_allowed: 'Send only the cookie parameters this operation documents.',
  proxy_busy: 'The proxy is handling many requests at once: send again in a moment.',
};

const unreachableAdvice: Record<string, string> = {
  dns: "Check the environment's host name; if it is right, the environment may be down.",
  refused: 'Nothing is listening there: is the environment (or your local mock) running?',
  tls: "The environment's certificate is not trusted; check that its URL is right.",
  reset: 'The connection broke off: send again; if it persists, the environment may be restarting.',
  timeout: 'Send again in a moment; if it keeps timing out, the environment may be down.',
  other: 'Send again; if it persists, the environment may be down.',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorEnvelope(body: unknown): { type?: string; message?: string; reason?: string } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as { type?: string; message?: string }) : undefined;
}

/**
 * Says what an answer means for this endpoint: the documented success, a documented error type
 * (with its meaning and row), something the documentation does not list, or a failure on the way.
 */
export function explainResponse(response: ObservedResponse, contract: ResponseContract): Explanation {
  const body = response.text ? parseJson(response.text) : undefined;
  const proxyType = response.headers.get('x-proxy-error');
  if (proxyType) {
    const error = errorEnvelope(body);
    const retryAfter = Number(response.headers.get('retry-after'));
    const advice =
      proxyType === 'proxy_upstream_unreachable'
        ? unreachableAdvice[error?.reason ?? 'other'] ?? unreachableAdvice.other
        : proxyType === 'proxy_rate_limited' && retryAfter > 0
          ? `Wait ${retryAfter} s before sending again.`
          : proxyAdvice[proxyType] ?? 'Send again; if it persists, reload the page.';
    return { kind: 'proxy', type: proxyType, message: error?.message ?? statusReason(response.status), advice };
  }

  const contentType = response.headers.get('content-type') ?? '';
  if (response.text && body === undefined) {
    return {
      kind: 'not-json',
      status: response.status,
      contentType: contentType || 'none',
      advice:
        'The API answered with something other than JSON, often a gateway or error page: the environment may be down or misconfigured. Try again later.',
    };
  }

  const status = String(response.status);
  if (response.status < 400) {
    return { kind: 'success', status: response.status, documented: contract.successStatus === status };
  }

  const type = errorEnvelope(body)?.type;
  const row = contract.errors.find((error) => error.status === status && error.type === type);
  if (row && type) {
    return { kind: 'documented-error', status: response.status, type, description: row.description, anchor: `#${type}` };
  }
  const sameType = contract.errors.find((error) => error.type === type);
  return {
    kind: 'undocumented-error',
    status: response.status,
    type,
    statusDocumented: contract.errors.some((error) => error.status === status),
    typeDocumentedElsewhere: sameType ? sameType.status : undefined,
  };
}

/** A request that never got an answer from the site's own proxy (the browser's fetch failed). */
export function explainNetworkFailure(message: string): Explanation {
  const timedOut = /timeout|timed out|aborted/i.test(message);
  return {
    kind: 'network',
    message,
    advice: timedOut
      ? 'No answer arrived in time: send again; if it persists, the environment may be down.'
      : // browsers say the same ("Failed to fetch" in Chromium) when an answer that had started
        // breaks off, which is how the proxy cuts one that grows past its limit
        `The request did not reach this site's proxy, or its answer broke off on the way (the proxy cuts an answer larger than ${formatBytes(proxyDefaults.maxResponseBytes)}). Check your connection and that the site is still running, then send again; for a large answer, ask for less, for example with a smaller \`limit\`.`,
  };
}
