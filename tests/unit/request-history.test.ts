import { beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

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
