/** What went wrong between the proxy and the API, in terms an integrator can act on. */
export type UpstreamFailureKind = 'dns' | 'refused' | 'tls' | 'reset' | 'timeout' | 'other';

const tlsCodes = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function classifyUpstreamFailure(error: unknown): UpstreamFailureKind {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const code = codeOf(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'reset';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout';
  if (code && (tlsCodes.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) return 'tls';
  return 'other';
}

export function describeUpstreamFailure(kind: UpstreamFailureKind, origin: string): string {
  switch (kind) {
    case 'dns':
      return `The host of ${origin} could not be resolved (DNS).`;
    case 'refused':
      return `${origin} refused the connection: nothing is listening there.`;
    case 'tls':
      return `The TLS handshake with ${origin} failed: its certificate was not accepted.`;
    case 'reset':
      return `${origin} closed the connection before answering.`;
    case 'timeout':
      return `${origin} did not answer in time.`;
    default:
      return `${origin} could not be reached.`;
  }
}
