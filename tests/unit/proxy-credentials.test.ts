import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialCookieHeader, credentialQueryHeader } from '@/lib/proxy/credential-transport';
import { createProxyLogger, withRequestLog } from '@/lib/proxy/request-log';
import { getSiteProxy } from '@/lib/proxy/site-proxy';

/**
 * The site's proxy on the security fixture, against a real API on loopback: each operation gets
 * the API keys of the schemes it declares, where they go, and nothing of any other scheme; a
 * client that crafts its own requests cannot make it send a key elsewhere.
 */

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

const received: Recorded[] = [];
let server: Server;
let origin = '';
let dir = '';
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":{}}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'proxy-credentials-'));
  const file = path.join(dir, 'secured-api.yaml');
  const fixture = readFileSync('tests/fixtures/security/secured-api.yaml', 'utf8');
  writeFileSync(file, fixture.replaceAll('{api}', origin).replaceAll('{idp}', 'http://127.0.0.1:9'));
  process.env.WINGFIELD_OPENAPI = file;
  process.env.WINGFIELD_DEV_URL = origin;
  process.env.WINGFIELD_RATE_LIMIT = '0';
  delete process.env.WINGFIELD_ENVIRONMENTS;
});

afterAll(() => {
  for (const name of ['WINGFIELD_OPENAPI', 'WINGFIELD_DEV_URL', 'WINGFIELD_RATE_LIMIT', 'WINGFIELD_ENVIRONMENTS']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  received.length = 0;
});

function proxyRequest(target: string, headers: Record<string, string> = {}, cookie?: string) {
  const query = new URLSearchParams({ url: `${origin}${target}` });
  if (cookie !== undefined) query.set('cookie', cookie);
  return new Request(`http://docs.local/api/proxy?${query}`, { headers });
}

async function send(target: string, headers: Record<string, string> = {}, cookie?: string) {
  const response = await getSiteProxy()(proxyRequest(target, headers, cookie));
  const text = await response.text();
  return { status: response.status, text };
}

describe('API keys go where their scheme says, for the operations that declare it', () => {
  it('a header key reaches the API as its header', async () => {
    expect((await send('/header-key/items', { 'X-API-Key': 'hk-1' })).status).toBe(200);
    expect(received[0].headers['x-api-key']).toBe('hk-1');
  });

  it('a query key reaches the API in its query, though the panel sent it in a header, never in a URL', async () => {
    expect((await send('/query-key/items', { [credentialQueryHeader]: 'api_key=q%20k%261' })).status).toBe(200);
    expect(new URL(received[0].url, origin).searchParams.get('api_key')).toBe('q k&1');
    expect(received[0].headers[credentialQueryHeader]).toBeUndefined();
  });

  it('a cookie key reaches the API as its Cookie, with nothing of the browser', async () => {
    expect((await send('/cookie-key/items', { [credentialCookieHeader]: 'session_key=c%3Bk', Cookie: 'site=1' })).status).toBe(200);
    expect(received[0].headers.cookie).toBe('session_key=c%3Bk');
    expect(received[0].headers[credentialCookieHeader]).toBeUndefined();
  });

  it('a combination sends both keys', async () => {
    await send('/combined/items', { 'X-API-Key': 'hk-2', [credentialQueryHeader]: 'api_key=qk-2' });
    expect(received[0].headers['x-api-key']).toBe('hk-2');
    expect(new URL(received[0].url, origin).searchParams.get('api_key')).toBe('qk-2');
  });
});

describe('nothing of a scheme the operation does not declare', () => {
  it('a scheme header sent for an operation that does not declare it is not forwarded', async () => {
    expect((await send('/basic/items', { 'X-API-Key': 'stray', Authorization: 'Basic dTpw' })).status).toBe(200);
    expect(received[0].headers['x-api-key']).toBeUndefined();
    expect(received[0].headers.authorization).toBe('Basic dTpw');
  });

  it('a query key for an operation that does not declare it is refused, and nothing is sent', async () => {
    const response = await send('/header-key/items', { [credentialQueryHeader]: 'api_key=stray' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatchObject({ type: 'proxy_credential_not_allowed', message: expect.stringContaining('"api_key"') });
    expect(received).toEqual([]);
  });

  it('a cookie key for an operation that does not declare it is refused, and nothing is sent', async () => {
    const response = await send('/header-key/items', { [credentialCookieHeader]: 'session_key=stray' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error.type).toBe('proxy_credential_not_allowed');
    expect(received).toEqual([]);
  });

  it('a key given twice, or a cookie key not percent-encoded, is refused', async () => {
    expect((await send('/query-key/items', { [credentialQueryHeader]: 'api_key=a&api_key=b' })).status).toBe(400);
    expect((await send('/cookie-key/items', { [credentialCookieHeader]: 'session_key=a;b=c' })).status).toBe(400);
    expect(received).toEqual([]);
  });

  it("the transport headers never reach the API, even where a document's operation has other credentials", async () => {
    await send('/alternatives/items', { 'X-API-Key': 'hk-3', [credentialQueryHeader]: '', [credentialCookieHeader]: '' });
    expect(Object.keys(received[0].headers).filter((name) => name.startsWith('x-try-it'))).toEqual([]);
  });
});

describe('the request log', () => {
  it('holds no credential value, whichever way it travelled', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = withRequestLog(getSiteProxy(), {
      logger: createProxyLogger({ destination }),
      environmentOf: () => 'dev',
      pathTemplate: (pathname) => pathname,
    });
    const secrets = ['hk-log-secret', 'qk-log-secret', 'ck-log-secret', 'Basic dXNlcjpsb2ctcGFzcw=='];
    await (await logged(proxyRequest('/combined/items', { 'X-API-Key': secrets[0], [credentialQueryHeader]: `api_key=${secrets[1]}` }))).text();
    await (await logged(proxyRequest('/cookie-key/items', { [credentialCookieHeader]: `session_key=${secrets[2]}` }))).text();
    await (await logged(proxyRequest('/basic/items', { Authorization: secrets[3] }))).text();
    await (await logged(proxyRequest('/header-key/items', { [credentialQueryHeader]: `api_key=${secrets[1]}` }))).text();
    expect(lines).toHaveLength(4);
    const log = lines.join('');
    expect(log).toContain('"outcome":"refused"');
    for (const secret of [...secrets, 'dXNlcjpsb2ctcGFzcw', 'log-pass']) expect(log).not.toContain(secret);
  });
});
