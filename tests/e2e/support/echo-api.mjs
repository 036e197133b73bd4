/**
 * A local API for the site of tests/fixtures/security/secured-api.yaml: it answers every request
 * with what it received, `{ "received": { method, path, query, headers, cookies, body } }`, and
 * keeps each one for the tests to read.
 *
 *   GET /__echo/health     ready check
 *   GET /__echo/requests   every request received so far, oldest first
 */
import { createServer } from 'node:http';

const port = Number(process.env.ECHO_API_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('ECHO_API_PORT must be a port');

/** @param {string | undefined} header */
function cookiesOf(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) cookies[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return cookies;
}

const received = [];

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const url = new URL(request.url ?? '/', 'http://echo.invalid');
    const json = (status, value) => response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
    if (url.pathname === '/__echo/health') return json(200, { ok: true });
    if (url.pathname === '/__echo/requests') return json(200, received);
    const record = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      cookies: cookiesOf(request.headers.cookie),
      body: Buffer.concat(chunks).toString('utf8'),
    };
    received.push(record);
    json(200, { received: record });
  });
});

server.listen(port, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
