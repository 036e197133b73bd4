/**
 * `npm run load`: load test of the production server. Starts a tiny local upstream (standing in
 * for dev) and `next start` of the existing build (building first if there is none), then drives
 * with autocannon, one after the other: an endpoint page; then, in each round, the upstream called
 * directly and the same call through the proxy, back to back (the order alternating between
 * rounds), so that both meet the same machine. It prints requests per second, latency p50, p90,
 * p99 and max, errors and non-2xx counts, the load average, and the server's event-loop delay
 * during each run; then how far the proxy's p99 is from the direct call's (the goal: 50 ms at
 * most). Fails when a request failed or got 5xx.
 *
 * At 100 connections as fast as they can go, the site's two cores are saturated and requests
 * queue in the server: the direct call never meets Next at all. So each round also calls a bare
 * route handler of the same server (`/api/environments`, which returns a small JSON object), the
 * floor for any request that Next answers; and then, at a fixed rate that leaves the machine
 * room (`LOAD_RATE`, default 300 requests per second, over `LOAD_RATE_CONNECTIONS`, default 10),
 * the direct call and the proxy again: the latency an integrator sees when the site is busy but
 * not overloaded. (autocannon paces each connection on its own and they start together: a rate
 * over 100 connections arrives as bursts of 100, which queue as a flood does.)
 *
 *   LOAD_SITE_PORT=3900 LOAD_UPSTREAM_PORT=4900   loopback ports of the site and the upstream
 *   LOAD_CONNECTIONS=100 LOAD_DURATION=20         concurrent connections, seconds per target
 *   LOAD_ROUNDS=3                                 rounds of direct call, bare handler and proxy
 *   LOAD_RATE=300 LOAD_RATE_CONNECTIONS=10        requests per second of the fixed-rate runs, and their connections
 *   LOAD_CPU_PROFILE=<folder>                     `next start` runs under `node --cpu-prof` and
 *                                                 writes its profile there when it stops
 *
 * The rate limit is raised for the server under load: it is there to stop one browser from
 * hammering dev, and this test is exactly that.
 *
 * Then fairness, on a second server with the default limits behind one trusted proxy
 * (`WINGFIELD_TRUST_PROXY=1`, the addresses in `X-Forwarded-For`): 50 integrators, each with a
 * token and an address of their own, send 10 requests per window, evenly spread, while two
 * scripts flood over 10 connections each, from an address of their own: one with one token, one
 * with a new token on every request. The window is the default minute scaled down ten times
 * (6 s; the allowances per window are the defaults) so that three windows take 18 s:
 *
 *   LOAD_FAIRNESS_WINDOW_MS=6000 LOAD_FAIRNESS_WINDOWS=3   60000 for the real minute
 *
 * It fails if an integrator was refused, or if a flood never was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import os, { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from './free-port.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const sitePort = Number(process.env.LOAD_SITE_PORT ?? 3900);
const upstreamPort = Number(process.env.LOAD_UPSTREAM_PORT ?? 4900);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const duration = Number(process.env.LOAD_DURATION ?? 20);
const rounds = Number(process.env.LOAD_ROUNDS ?? 3);
const fixedRate = Number(process.env.LOAD_RATE ?? 300);
const fixedRateConnections = Number(process.env.LOAD_RATE_CONNECTIONS ?? 10);
const cpuProfileDir = process.env.LOAD_CPU_PROFILE;
/** The goal: through the proxy, the p99 is at most this much above the direct call's. */
const p99GoalMs = 50;
const siteUrl = `http://${host}:${sitePort}`;
const upstreamUrl = `http://${host}:${upstreamPort}`;
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const fairnessWindowMs = Number(process.env.LOAD_FAIRNESS_WINDOW_MS ?? 6_000);
const fairnessWindows = Number(process.env.LOAD_FAIRNESS_WINDOWS ?? 3);
const integrators = 50;
const perIntegratorPerWindow = 10;

let upstreamCount = 0;

/** A stand-in for dev that answers every request at once with a small JSON body. */
function startUpstream() {
  const body = JSON.stringify({
    data: Array.from({ length: 10 }, (_, i) => ({ id: `court-${i}`, name: `Court ${i}`, surface: 'clay' })),
    pagination: { offset: 0, limit: 10, total: 10 },
  });
  const server = createServer((req, res) => {
    upstreamCount++;
    req.resume();
    req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(upstreamPort, host, () => resolve(server));
  });
}

function ensureBuild() {
  if (existsSync(path.join(root, distDir, 'BUILD_ID'))) return;
  console.log(`No production build in ${distDir}: running npm run build first.`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function startSite(port = sitePort, limits = { WINGFIELD_RATE_LIMIT: '100000000', WINGFIELD_RATE_LIMIT_GLOBAL: '0' }) {
  const env = { ...process.env };
  // the limits under test are exactly these: none inherited from the shell
  for (const name of [
    'WINGFIELD_RATE_LIMIT',
    'WINGFIELD_RATE_LIMIT_WINDOW_MS',
    'WINGFIELD_RATE_LIMIT_GLOBAL',
    'WINGFIELD_RATE_LIMIT_ADDRESS_SHARE',
    'WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS',
    'WINGFIELD_TRUST_PROXY',
    'REDIS_URL',
  ]) {
    delete env[name];
  }
  const nodeOptions = [
    ...(cpuProfileDir && port === sitePort ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`] : []),
    '--import',
    pathToFileURL(path.join(root, 'scripts/event-loop-delay.mjs')).href,
  ];
  const child = spawn(process.execPath, [...nodeOptions, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', host], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      WINGFIELD_DEV_URL: upstreamUrl,
      WINGFIELD_ENVIRONMENTS: '',
      ...limits,
    },
    // the IPC channel carries the event-loop delay (see event-loop-delay.mjs)
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return child;
}

/** One script flooding the proxy from one address over 10 connections; `inventing`: a new token on every request. */
function flood(target, address, { inventing }) {
  let invented = 0;
  const headers = { Authorization: 'Bearer tok_ext_v1_flood.load', 'X-Forwarded-For': address };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target,
        connections: 10,
        duration: (fairnessWindows * fairnessWindowMs) / 1000,
        headers,
        ...(inventing && {
          requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, Authorization: `Bearer tok_ext_v1_invented-${invented++}.load` } }) }],
        }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/**
 * 50 integrators at 10 requests per window each, and two flooding scripts, against a server with
 * the default limits behind one trusted proxy; returns what each got.
 */
async function fairness() {
  const port = await freePort();
  const url = `http://${host}:${port}`;
  const child = startSite(port, { WINGFIELD_RATE_LIMIT_WINDOW_MS: String(fairnessWindowMs), WINGFIELD_TRUST_PROXY: '1' });
  try {
    await waitFor(`${url}/api/environments`, child);
    const target = `${url}${proxyPath}`;
    const durationMs = fairnessWindows * fairnessWindowMs;
    const upstreamBefore = upstreamCount;
    const integratorStatuses = [];
    const integratorRuns = Array.from({ length: integrators }, async (_, index) => {
      const every = fairnessWindowMs / perIntegratorPerWindow;
      const headers = {
        Authorization: `Bearer tok_ext_v1_integrator-${index}.load`,
        Accept: 'application/json',
        'X-Forwarded-For': `198.51.100.${index + 1}`,
      };
      await new Promise((resolve) => setTimeout(resolve, (index * every) / integrators));
      for (let sent = 0; sent < fairnessWindows * perIntegratorPerWindow; sent++) {
        const started = Date.now();
        const response = await fetch(target, { headers });
        await response.arrayBuffer();
        integratorStatuses.push(response.status);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, every - (Date.now() - started))));
      }
    });
    const floodAddress = '203.0.113.10';
    const inventingAddress = '203.0.113.20';
    // what the flooding client is told, half-way through: at the latest once it has sent a window's
    // allowance more (on a busy machine the flood itself may not have used it up at that moment)
    const probe = new Promise((resolve) => setTimeout(resolve, durationMs / 2)).then(async () => {
      for (let sent = 0; ; sent++) {
        const response = await fetch(target, { headers: { Authorization: 'Bearer tok_ext_v1_flood.load', 'X-Forwarded-For': floodAddress } });
        await response.arrayBuffer();
        if (response.status === 429 || sent >= 60) return response;
      }
    });
    const [oneToken, inventing, refusal] = await Promise.all([
      flood(target, floodAddress, { inventing: false }),
      flood(target, inventingAddress, { inventing: true }),
      probe,
      ...integratorRuns,
    ]);
    const refused = integratorStatuses.filter((status) => status !== 200).length;
    const floods = { 'one token': oneToken, 'a new token each request': inventing };
    return {
      integrators: { sent: integratorStatuses.length, refused },
      floods: Object.fromEntries(
        Object.entries(floods).map(([name, result]) => [
          name,
          { sent: result.requests.total, passed: result['2xx'], refused: result.non2xx, errors: result.errors + result['5xx'] },
        ]),
      ),
      floodIsTold: `${refusal.status}, Retry-After ${refusal.headers.get('retry-after')}`,
      upstreamReceived: upstreamCount - upstreamBefore,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

async function waitFor(url, child) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/** One autocannon run, with the load average at its start and the site's event-loop delay during it. */
async function run(title, options) {
  const load = loadavg()[0];
  site.send('event-loop-delay:reset');
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ connections, duration, ...options }, (error, outcome) => (error ? reject(error) : resolve(outcome)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
  site.send('event-loop-delay:report');
  const [{ eventLoopDelay }] = await once(site, 'message');
  return { title, result, load, eventLoopDelay };
}

async function warmUp(url, headers) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer();
}

function report(runs) {
  const rows = runs.map(({ title, result, load, eventLoopDelay }) => ({
    target: title,
    load: load.toFixed(1),
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    'non-2xx': result.non2xx,
    '5xx': result['5xx'],
    'site loop p99 ms': eventLoopDelay.p99,
    'site loop max ms': eventLoopDelay.max,
  }));
  console.log(`\n${connections} connections unless a row says otherwise, ${duration} s per target, against ${siteUrl} (load: the 1-minute load average at the start, on ${availableCores()} cores)`);
  console.table(rows);
  return rows.every((row) => row.errors === 0 && row.timeouts === 0 && row['5xx'] === 0);
}

function availableCores() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** How far the proxy's p99 is from another target's (`baseline`) in each round, and in the median round. */
function compare(pairs, baseline, what) {
  const gaps = pairs.map((pair) => pair.proxied.result.latency.p99 - pair[baseline].result.latency.p99);
  const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
  console.log(
    `p99 through the proxy minus ${what}, per round: ${gaps.map((gap) => `${gap} ms`).join(', ')}; ` +
      `median ${median} ms (goal: at most ${p99GoalMs} ms) ${median <= p99GoalMs ? 'met' : 'NOT met'}`,
  );
}

const pagePath = '/partner-api/organization/claimOrganizationRelation';
const directUrl = `${upstreamUrl}/api/v1/courts/11111111-2222-4333-8444-555555555555`;
const proxyPath = `/api/proxy?url=${encodeURIComponent(directUrl)}`;
// as a browser asks for a page: compressed (the page is about 320 kB of HTML, 30 kB gzipped)
const pageHeaders = { Accept: 'text/html', 'Accept-Encoding': 'gzip, deflate, br' };
const headers = { Authorization: 'Bearer tok_ext_v1_load.test', Accept: 'application/json' };

// a server left on the port would answer in place of this build's
if (await fetch(siteUrl).then(() => true, () => false)) {
  console.error(`Port ${sitePort} is in use: stop what listens there, or set LOAD_SITE_PORT.`);
  process.exit(2);
}
ensureBuild();
const upstream = await startUpstream();
const site = startSite();
const stop = () => {
  site.kill('SIGTERM');
  upstream.closeAllConnections();
  upstream.close();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(1);
  });
}

let ok = false;
try {
  await waitFor(`${siteUrl}/api/environments`, site);
  await warmUp(`${siteUrl}${pagePath}`, pageHeaders);
  await warmUp(`${siteUrl}${proxyPath}`, headers);
  const runs = [await run('endpoint page', { url: `${siteUrl}${pagePath}`, headers: pageHeaders })];
  const pairs = [];
  for (let round = 1; round <= rounds; round++) {
    const direct = () => run(`round ${round}: local upstream, direct`, { url: directUrl, headers });
    const bare = () => run(`round ${round}: a bare route handler of the site`, { url: `${siteUrl}/api/environments`, headers });
    const proxied = () => run(`round ${round}: the upstream through the proxy`, { url: `${siteUrl}${proxyPath}`, headers });
    // alternating, so that neither always runs on a machine the other has just warmed or loaded
    const pair = round % 2
      ? { direct: await direct(), bare: await bare(), proxied: await proxied() }
      : { proxied: await proxied(), bare: await bare(), direct: await direct() };
    pairs.push(pair);
    runs.push(pair.direct, pair.bare, pair.proxied);
  }
  const paced = [];
  for (let round = 1; round <= rounds; round++) {
    const options = { headers, overallRate: fixedRate, connections: fixedRateConnections };
    const direct = () => run(`${fixedRate}/s on ${fixedRateConnections} connections, round ${round}: direct`, { url: directUrl, ...options });
    const proxied = () => run(`${fixedRate}/s on ${fixedRateConnections} connections, round ${round}: through the proxy`, { url: `${siteUrl}${proxyPath}`, ...options });
    const pair = round % 2 ? { direct: await direct(), proxied: await proxied() } : { proxied: await proxied(), direct: await direct() };
    paced.push(pair);
    runs.push(pair.direct, pair.proxied);
  }
  ok = report(runs);
  console.log(`\nAs fast as ${connections} connections go (the site's cores saturated):`);
  compare(pairs, 'direct', "the direct call's");
  compare(pairs, 'bare', "the bare route handler's (what Next costs any request under this load)");
  console.log(`At ${fixedRate} requests per second over ${fixedRateConnections} connections:`);
  compare(paced, 'direct', "the direct call's");
  if (!ok) console.error('\nSome requests failed or got 5xx.');
  const fair = await fairness();
  console.log(
    `\nFairness, default limits (60 per token, 10 % of the 1200 ceiling and 10 tokens per address, per window), window ${fairnessWindowMs / 1000} s × ${fairnessWindows}, ` +
      `behind one trusted proxy: ${integrators} integrators × ${perIntegratorPerWindow} requests per window, each from an address of their own; ` +
      'two scripts flooding on 10 connections each, one with one token, one with a new token each request',
  );
  console.table([{ who: 'integrators', ...fair.integrators }]);
  console.table(Object.entries(fair.floods).map(([who, counts]) => ({ who: `flood, ${who}`, ...counts })));
  console.log(`The one-token flood is told: ${fair.floodIsTold}; the upstream received ${fair.upstreamReceived} requests.`);
  const floods = Object.values(fair.floods);
  const fairOk =
    fair.integrators.refused === 0 &&
    floods.every((counts) => counts.refused > 0 && counts.errors === 0) &&
    fair.floodIsTold.startsWith('429');
  if (!fairOk) console.error('\nAn integrator was refused, or a flood was not.');
  ok &&= fairOk;
} finally {
  stop();
}
process.exit(ok ? 0 : 1);
