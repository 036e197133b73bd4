import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './support/memory-storage';

const entry = (index: number) => ({
  id: `e${index}`,
  at: 1_700_000_000_000 + index,
  operationId: 'getUserById',
  pageUrl: '/partner-api/user/getUserById',
  method: 'GET',
  path: `/api/v1/users/${index}`,
  status: 200,
  durationMs: 12,
  matches: true,
  values: { path: { userId: String(index) }, query: {}, header: {} },
});

describe('request history', () => {
  let local: MemoryStorage;
  let session: MemoryStorage;
  beforeEach(() => {
    vi.resetModules();
    local = new MemoryStorage();
    session = new MemoryStorage();
    vi.stubGlobal('window', { localStorage: local, sessionStorage: session, addEventListener() {}, removeEventListener() {} });
  });

  it('keeps the last 20, newest first, in this tab by default', async () => {
    const history = await import('@/lib/try-it/request-history');
    for (let index = 0; index < 25; index++) history.addToRequestHistory(entry(index));
    const kept = history.getRequestHistory();
    expect(kept).toHaveLength(20);
    expect(kept[0].id).toBe('e24');
    expect(JSON.parse(session.getItem('wingfield-try-it-history')!)).toHaveLength(20);
    expect(local.getItem('wingfield-try-it-history')).toBeNull();
  });

  it('follows the token to this device and back, and clears alone', async () => {
    const token = await import('@/lib/api-token-store');
    const history = await import('@/lib/try-it/request-history');
    token.setApiToken('tok_ext_v1_secret');
    const unsubscribe = history.subscribeRequestHistory(() => {});
    history.addToRequestHistory(entry(1));
    token.setRememberApiToken(true);
    expect(local.getItem('wingfield-try-it-history')).toContain('"e1"');
    expect(session.getItem('wingfield-try-it-history')).toBeNull();
    expect(local.getItem('wingfield-try-it-history')).not.toContain('tok_ext_v1_secret');
    token.setRememberApiToken(false);
    expect(session.getItem('wingfield-try-it-history')).toContain('"e1"');
    history.clearRequestHistory();
    expect([local.getItem('wingfield-try-it-history'), session.getItem('wingfield-try-it-history')]).toEqual([null, null]);
    expect(token.getApiToken().token).toBe('tok_ext_v1_secret');
    unsubscribe();
  });

  it('ignores stored junk', async () => {
    session.setItem('wingfield-try-it-history', '[{"id":1},"<script>",null]');
    const history = await import('@/lib/try-it/request-history');
    expect(history.getRequestHistory()).toEqual([]);
  });
});

describe('what the history records of a request', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('window', {
      localStorage: new MemoryStorage(),
      sessionStorage: new MemoryStorage(),
      location: { pathname: '/partner-api/court/deleteCourtMapping' },
      addEventListener() {},
      removeEventListener() {},
    });
  });

  async function record(form: Record<string, unknown>, result: { url: string; proxyUrl?: string; status?: number }) {
    const recorder = await import('@/components/try-it/history-recorder');
    const state = await import('@/components/try-it/request-state');
    const history = await import('@/lib/try-it/request-history');
    state.registerFormEngine({ getData: () => form });
    recorder.setRecorderContext({ operationId: 'deleteCourtMapping', method: 'DELETE', environment: 'Dev', credentials: [{ in: 'query', name: 'partner' }] });
    recorder.beginHistoryEntry();
    recorder.finishHistoryEntry(result);
    return history.getRequestHistory()[0];
  }

  it('is the URL the request went to, as it went, not one written again from the form', async () => {
    const entry = await record(
      { path: { externalServiceId: 's', courtId: '../../organizations/o' }, query: {}, header: {} },
      { url: `https://docs.example/api/proxy?url=${encodeURIComponent('https://dev.example/api/v1/organizations/o/mapping?x=1')}&cookie=`, proxyUrl: '/api/proxy', status: 404 },
    );
    expect(entry.path).toBe('/api/v1/organizations/o/mapping?x=1');
    expect(entry.status).toBe(404);
  });

  it('takes a failed request at its target', async () => {
    const entry = await record({ path: { courtId: 'c%2F1' }, query: {}, header: {} }, { url: 'http://127.0.0.1:9/api/v1/courts/c%252F1' });
    expect(entry.path).toBe('/api/v1/courts/c%252F1');
    expect(entry.status).toBeUndefined();
  });

  it('never holds a credential, whatever the document calls it', async () => {
    const entry = await record(
      {
        path: { courtId: 'c1' },
        query: { partner: 'p-secret', limit: '5', access_token: 'q-secret' },
        header: { Authorization: 'Bearer t', 'X-Api-Key': 'k-secret', 'X-Request-Id': 'r1' },
      },
      { url: 'https://docs.example/api/proxy?url=https%3A%2F%2Fdev.example%2Fapi%2Fv1%2Fcourts%2Fc1', proxyUrl: '/api/proxy', status: 200 },
    );
    expect(entry.values).toEqual({ path: { courtId: 'c1' }, query: { limit: '5' }, header: { 'X-Request-Id': 'r1' }, body: undefined });
    expect(JSON.stringify(entry)).not.toMatch(/secret|Bearer/);
  });
});
