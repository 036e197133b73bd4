/** Why the proxy refused or failed: the `error.type` of its answer, in the API's own envelope. */
export type ProxyErrorType =
  | 'proxy_missing_url'
  | 'proxy_invalid_url'
  | 'proxy_target_not_allowed'
  | 'proxy_invalid_path'
  | 'proxy_path_not_documented'
  | 'proxy_address_not_allowed'
  | 'proxy_cookie_not_allowed'
  | 'proxy_credential_not_allowed'
  | 'proxy_busy'
  | 'proxy_method_not_allowed'
  | 'proxy_body_too_large'
  | 'proxy_redirect_not_allowed'
  | 'proxy_too_many_redirects'
  | 'proxy_request_timeout'
  | 'proxy_client_closed_request'
  | 'proxy_upstream_timeout'
  | 'proxy_upstream_unreachable'
  | 'proxy_response_too_large'
  | 'proxy_rate_limited'
  | 'proxy_not_a_token_request';

/** Header that marks an answer made by the proxy itself, not by the API. */
export const proxyErrorHeader = 'X-Proxy-Error';

export interface ProxyErrorOptions {
  headers?: Record<string, string>;
  /** Extra fields of `error`, e.g. `reason` of an unreachable upstream. */
  details?: Record<string, string>;
}

export function proxyError(status: number, type: ProxyErrorType, message: string, options: ProxyErrorOptions = {}): Response {
  return Response.json(
    { error: { type, message, ...options.details } },
    {
      status,
      headers: {
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        [proxyErrorHeader]: type,
        ...options.headers,
      },
    },
  );
}
