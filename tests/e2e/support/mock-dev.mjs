/**
 * Stands in for the dev environment during end-to-end tests: Prism, a real OpenAPI mock server,
 * answers from the project's document, behind a small recorder that keeps what each request
 * carried and can steer the next answer. Neither sends CORS headers, as dev may not.
 *
 *   GET    /__recorder/health                   ready check
 *   GET    /__recorder/requests?token=T         requests whose bearer token is T
 *   POST   /__recorder/plan  {token, prefer?, fault?, location?}
 *          prefer: a Prism `Prefer` header for T's next request (e.g. "code=409, example=x")
 *          fault:  instead of Prism's answer,
 *                  "hang-up"     close the connection
 *                  "html"        a 503 HTML page
 *                  "silent"      accept the request and never answer
 *                  "set-cookie"  a 200 JSON answer that sets a cookie
 *                  "redirect-to" a 302 to `location`
 *                  "stream-12mb" a 200 of 12 MiB in chunks, without Content-Length
 *          respond: {status, body} answered as JSON instead of Prism's answer (outside the document)
 */
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const prismPort = Number(process.env.MOCK_PRISM_PORT ?? 4010);
const port = Number(process.env.MOCK_DEV_PORT ?? 4011);
const document = process.env.WINGFIELD_OPENAPI ?? path.join(root, 'openapi/wingfield-partner-api.yaml');

const prism = spawn(
  process.execPath,
  [path.join(root, 'node_modules/@stoplight/prism-cli/dist/index.js'), 'mock', document, '-p', String(prismPort), '-h', '127.0.0.1', '--cors=false'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
prism.on('exit', (code) => {
  if (!stopping) {
    console.error(`prism exited with ${code}`);
    process.exit(1);
  }
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    prism.kill();
    process.exit(0);
  });
}

/** @type {{method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string}[]} */
const recorded = [];
/** @type {Map<string, {prefer?: string, fault?: string, location?: string}>} */
const plans = new Map();

function tokenOf(headers) {
  return /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
}

function json(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}

async function prismReady() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const ok = await new Promise((resolve) => {
      const probe = httpRequest({ host: '127.0.0.1', port: prismPort, path: '/', method: 'GET' }, (res) => {
        res.resume();
        resolve(true);
      });
      probe.on('error', () => resolve(false));
      probe.end();
    });
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://mock');

    if (url.pathname === '/__recorder/health') {
      return (await prismReady()) ? json(res, 200, { ok: true }) : json(res, 503, { ok: false });
    }
    if (url.pathname === '/__recorder/requests') {
      const token = url.searchParams.get('token');
      return json(res, 200, recorded.filter((r) => tokenOf(r.headers) === token));
    }
    if (url.pathname === '/__recorder/plan' && req.method === 'POST') {
      const { token, ...plan } = JSON.parse(body);
      plans.set(token, plan);
      return json(res, 200, { ok: true });
    }

    recorded.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    const token = tokenOf(req.headers);
    const plan = token ? plans.get(token) : undefined;
    if (token) plans.delete(token);
    if (plan?.fault === 'hang-up') return req.socket.destroy();
    if (plan?.respond) return json(res, plan.respond.status, plan.respond.body);
    if (plan?.fault === 'html') {
      return res.writeHead(503, { 'Content-Type': 'text/html' }).end('<html><body><h1>503 Service Unavailable</h1></body></html>');
    }
    if (plan?.fault === 'silent') {
      // the caller gives up first; a forgotten connection still ends after two minutes
      return setTimeout(() => req.socket.destroy(), 120_000).unref();
    }
    if (plan?.fault === 'set-cookie') {
      return res
        .writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'dev_session=from-dev; Path=/; HttpOnly' })
        .end(JSON.stringify({ ok: true }));
    }
    if (plan?.fault === 'stream-12mb') {
      const chunk = Buffer.alloc(1024 * 1024, 'z');
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      let sent = 0;
      const more = () => {
        while (sent < 12) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      // a reader that gives up stops the writes
      res.on('close', () => (sent = 12));
      return more();
    }
    if (plan?.fault === 'redirect-to') {
      return res.writeHead(302, { Location: plan.location ?? '/' }).end();
    }

    const headers = { ...req.headers, host: `127.0.0.1:${prismPort}` };
    if (plan?.prefer) headers.prefer = plan.prefer;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: prismPort, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => json(res, 502, { error: { type: 'mock_failed', message: error.message } }));
    upstream.end(body);
  });
});

server.listen(port, '127.0.0.1', () => console.log(`mock dev on http://127.0.0.1:${port} (prism on ${prismPort})`));
