const reasons: Record<number, string> = {
  100: 'Continue',
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// OpenAPI's status ranges and its catch-all response
const rangeReasons: Record<string, string> = {
  '1XX': 'Informational',
  '2XX': 'Success',
  '3XX': 'Redirection',
  '4XX': 'Client error',
  '5XX': 'Server error',
  DEFAULT: 'Any other status',
};

/** The reason phrase of an HTTP status (`409` → `Conflict`), or an empty string for an unusual one. */
export function statusReason(status: number | string): string {
  if (typeof status === 'string' && !/^\d+$/.test(status)) return rangeReasons[status.toUpperCase()] ?? '';
  return reasons[Number(status)] ?? '';
}

/** A status as headings and leads show it: `409 Conflict`, or `418` alone. */
export function statusTitle(status: number | string): string {
  return `${status} ${statusReason(status)}`.trim();
}
