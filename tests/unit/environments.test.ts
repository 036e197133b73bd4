import { afterEach, describe, expect, it } from 'vitest';
import { getEnvironments, getProxyEnvironments } from '@/lib/environments';

const saved = { ...process.env };
afterEach(() => {
  process.env.WINGFIELD_DEV_URL = saved.WINGFIELD_DEV_URL;
  process.env.WINGFIELD_ENVIRONMENTS = saved.WINGFIELD_ENVIRONMENTS;
  if (saved.WINGFIELD_DEV_URL === undefined) delete process.env.WINGFIELD_DEV_URL;
  if (saved.WINGFIELD_ENVIRONMENTS === undefined) delete process.env.WINGFIELD_ENVIRONMENTS;
});

describe('environments', () => {
  it('default to Dev at the document server', () => {
    delete process.env.WINGFIELD_DEV_URL;
    delete process.env.WINGFIELD_ENVIRONMENTS;
    expect(getEnvironments()).toEqual([{ id: 'dev', label: 'Dev', baseUrl: 'https://dev.wingfield.systems', origin: 'https://dev.wingfield.systems' }]);
  });

  it('take the dev origin from WINGFIELD_DEV_URL, path dropped', () => {
    process.env.WINGFIELD_DEV_URL = 'http://127.0.0.1:4010/ignored/path';
    expect(getEnvironments()[0].baseUrl).toBe('http://127.0.0.1:4010');
  });

  it('add configured environments, and refuse a value that is not an http(s) URL', () => {
    process.env.WINGFIELD_ENVIRONMENTS = 'Staging=https://staging.example.com, Local mock=http://localhost:4010';
    expect(getEnvironments().map((e) => [e.id, e.baseUrl])).toEqual([
      ['dev', 'https://dev.wingfield.systems'],
      ['staging', 'https://staging.example.com'],
      ['local-mock', 'http://localhost:4010'],
    ]);
    process.env.WINGFIELD_ENVIRONMENTS = 'Bad=file:///etc/passwd';
    expect(() => getEnvironments()).toThrow(/not an http\(s\) URL/);
  });

  it('are trusted by the proxy only when the operator names them', () => {
    delete process.env.WINGFIELD_DEV_URL;
    process.env.WINGFIELD_ENVIRONMENTS = 'Local mock=http://127.0.0.1:4010';
    expect(getProxyEnvironments()).toEqual([
      { origin: 'https://dev.wingfield.systems', basePath: '', trusted: false },
      { origin: 'http://127.0.0.1:4010', basePath: '', trusted: true },
    ]);
    process.env.WINGFIELD_DEV_URL = 'http://127.0.0.1:4011';
    expect(getProxyEnvironments()[0]).toEqual({ origin: 'http://127.0.0.1:4011', basePath: '', trusted: true });
    // the operator names the document's own server: trusted as named
    delete process.env.WINGFIELD_DEV_URL;
    process.env.WINGFIELD_ENVIRONMENTS = 'Dev again=https://dev.wingfield.systems';
    expect(getProxyEnvironments()).toEqual([{ origin: 'https://dev.wingfield.systems', basePath: '', trusted: true }]);
  });
});
