import { describe, expect, it } from 'vitest';
import { explainNetworkFailure, explainResponse, type ResponseContract } from '@/lib/try-it/explain-response';

const contract: ResponseContract = {
  successStatus: '200',
  errors: [
    { status: '401', type: 'missing_api_token', description: 'No authentication token provided.' },
    { status: '409', type: 'connect_token_unusable', description: 'Connect token is already claimed, cancelled, or consumed.' },
  ],
};

function observed(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, text, headers: new Headers({ 'content-type': 'application/json', ...headers }) };
}

describe('explainResponse', () => {
  it('recognises the documented success', () => {
    expect(explainResponse(observed(200, { id: 'x' }), contract)).toEqual({ kind: 'success', status: 200, documented: true });
    expect(explainResponse(observed(201, { id: 'x' }), contract)).toMatchObject({ kind: 'success', documented: false });
  });

  it('gives a documented error its meaning and the anchor of its row', () => {
    expect(explainResponse(observed(409, { error: { type: 'connect_token_unusable', message: 'm' } }), contract)).toEqual({
      kind: 'documented-error',
      status: 409,
      type: 'connect_token_unusable',
      description: 'Connect token is already claimed, cancelled, or consumed.',
      anchor: '#connect_token_unusable',
    });
  });

  it('says when the type, or the status, is not documented for this endpoint', () => {
    expect(explainResponse(observed(409, { error: { type: 'stale_write', message: 'm' } }), contract)).toMatchObject({
      kind: 'undocumented-error',
      type: 'stale_write',
      statusDocumented: true,
    });
    expect(explainResponse(observed(401, { error: { type: 'connect_token_unusable', message: 'm' } }), contract)).toMatchObject({
      kind: 'undocumented-error',
      typeDocumentedElsewhere: '409',
    });
    expect(explainResponse(observed(503, { error: { type: 'x', message: 'm' } }), contract)).toMatchObject({
      kind: 'undocumented-error',
      statusDocumented: false,
    });
  });

  it('says how long to wait when the proxy rate-limits', () => {
    const limited = observed(429, { error: { type: 'proxy_rate_limited', message: 'at most 60 requests per minute' } }, {
      'x-proxy-error': 'proxy_rate_limited',
      'retry-after': '42',
    });
    expect(explainResponse(limited, contract)).toEqual({
      kind: 'proxy',
      type: 'proxy_rate_limited',
      message: 'at most 60 requests per minute',
      advice: 'Wait 42 s before sending again.',
    });
  });

  it('explains a proxy refusal with what to do', () => {
    const refused = observed(413, { error: { type: 'proxy_body_too_large', message: 'limited to 1 MiB' } }, {
      'x-proxy-error': 'proxy_body_too_large',
    });
    expect(explainResponse(refused, contract)).toMatchObject({ kind: 'proxy', advice: expect.stringMatching(/under 1 MiB/) });
    const dns = observed(502, { error: { type: 'proxy_upstream_unreachable', message: 'm', reason: 'dns' } }, {
      'x-proxy-error': 'proxy_upstream_unreachable',
    });
    expect(explainResponse(dns, contract)).toMatchObject({ kind: 'proxy', advice: expect.stringMatching(/host name/) });
  });

  it('says when the body is not JSON', () => {
    const html = { status: 502, text: '<html>Bad gateway</html>', headers: new Headers({ 'content-type': 'text/html' }) };
    expect(explainResponse(html, contract)).toMatchObject({ kind: 'not-json', contentType: 'text/html' });
  });

  it('explains a request that never reached the proxy', () => {
    expect(explainNetworkFailure('Client side error: [TypeError] Failed to fetch')).toMatchObject({
      kind: 'network',
      advice: expect.stringMatching(/did not reach/),
    });
    expect(explainNetworkFailure('Client side error: [TimeoutError] signal timed out')).toMatchObject({
      advice: expect.stringMatching(/in time/),
    });
  });

  it('says that an answer may have broken off: the proxy cuts one that grows past its limit, and the browser reports a failed fetch', () => {
    expect(explainNetworkFailure('Client side error: [TypeError] Failed to fetch')).toMatchObject({
      kind: 'network',
      advice: expect.stringMatching(/broke off.*10 MiB/),
    });
  });
});
