/**
 * `npm run bench`: this site against Swagger UI, Redoc and Scalar rendering the same document,
 * in the same Chromium on the same machine. For each: JavaScript bytes (gzip), HTML bytes, the
 * time until the claim operation's title is in the DOM and until the frame showing it is painted
 * (median of 7 runs after a warm-up, empty cache each time), and how many of its documented
 * error types are in the DOM with no click. Then moving from the claim page to another endpoint
 * by its sidebar link (the App Router swaps the page) against a full load of the same page: the
 * next endpoint after reading, and one further down at once or after pointing at it. Then
 * Lighthouse on our claim page, then `scripts/build-corpus-sites.ts` for the build time and peak
 * memory of the 500-operation synthetic document and of GitHub's. It prints; it asserts nothing.
 * `npm run bench -- compare navigation` runs only the parts named (compare, budgets, navigation,
 * lighthouse, builds).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { pageBudgets } from '../lib/page-budgets.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sitePort = Number(process.env.BENCH_PORT ?? 3410);
const staticPort = 3411;
const runs = 7;
const claimTitle = 'Claim organization relation';
const claimPage = '/partner-api/organization/claimOrganizationRelation';

const document = parse(readFileSync(path.join(root, 'openapi/wingfield-partner-api.yaml'), 'utf8'));
const claimErrors = Object.values(
  document.paths['/api/v1/external-services/{externalServiceId}/organization-relations/claim'].post.responses,
)
  .map((response) => (response.$ref ? response : response))
  .flatMap((response) => Object.keys(response.content?.['application/json']?.examples ?? {}));
const errorTypes = claimErrors.length === 12 ? claimErrors : [
  'invalid_schema', 'missing_api_token', 'invalid_api_token', 'scope_permission_denied', 'external_service_access_denied',
  'organization_access_denied', 'connect_token_not_found', 'connect_token_unusable', 'external_organization_id_mismatch',
  'external_organization_id_already_in_use', 'expired_connect_token', 'malformed_connect_token',
];

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

const pages = {
  swagger: `<!doctype html><html><head><meta charset="utf-8"><title>Swagger UI</title>
<link rel="stylesheet" href="/swagger-ui-dist/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/swagger-ui-dist/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', deepLinking: true });</script></body></html>`,
  redoc: `<!doctype html><html><head><meta charset="utf-8"><title>Redoc</title></head><body><div id="redoc"></div>
<script src="/redoc/bundles/redoc.standalone.js"></script>
<script>Redoc.init('/openapi.json', {}, document.getElementById('redoc'));</script></body></html>`,
  scalar: `<!doctype html><html><head><meta charset="utf-8"><title>Scalar</title></head><body><div id="app"></div>
<script src="/@scalar/api-reference/dist/browser/standalone.js"></script>
<script>Scalar.createApiReference('#app', { url: '/openapi.json' });</script></body></html>`,
};

// the floor for first paint in this browser on this machine: a page holding one line of text
pages['one-line'] = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One line</title></head><body><p>One line of text.</p></body></html>';

/** Each of our pages' own HTML with its scripts removed and its blocking stylesheets inlined, by name (`/own/<name>`). */
const ownPages = new Map();

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

function startStaticServer() {
  const json = JSON.stringify(document);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const name = url.pathname.slice(1);
    if (pages[name]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[name]);
    if (name.startsWith('own/') && ownPages.has(name.slice(4))) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(ownPages.get(name.slice(4)));
    // what those pages still load (images, fonts, icons): from the site, as the page would
    if (url.pathname.startsWith('/_next/') || url.pathname.startsWith('/icon') || url.pathname.startsWith('/favicon')) {
      try {
        const upstream = await fetch(`http://127.0.0.1:${sitePort}${url.pathname}${url.search}`);
        return res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' }).end(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        return res.writeHead(502).end();
      }
    }
    if (name === 'openapi.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(json);
    const file = path.join(root, 'node_modules', path.normalize(name));
    if (!file.startsWith(path.join(root, 'node_modules')) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(staticPort, '127.0.0.1', () => resolve(server)));
}

async function startSite() {
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.log('No production build: running npm run build first');
    await new Promise((resolve, reject) =>
      spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed')))),
    );
  }
  // a server left on the port would answer in place of this build's, with its own pages and scripts
  const taken = await fetch(`http://127.0.0.1:${sitePort}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${sitePort} is in use: stop what listens there, or set BENCH_PORT`);
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(sitePort), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${sitePort}/api/environments`)).ok) return child;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the site did not start');
}

async function measure(browser, url, { waitForTitle = true, title = claimTitle } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // a page's own JavaScript: not the previous and next pages' code that ours fetches when idle
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  let js = 0;
  let html = 0;
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'document') return;
    try {
      const body = await response.body();
      if (type === 'script') js += gzipSync(body).length;
      else if (response.url() === url.split('#')[0]) html += body.length;
    } catch {}
  });
  await page.addInitScript((text) => {
    const check = () => {
      // the body's text: our <title> holds the operation's name too, and the head is not on screen
      if (window.__titleAt || !document.body?.textContent?.includes(text)) return;
      window.__titleAt = performance.now();
      // on screen: the frame that shows it has been painted
      requestAnimationFrame(() => setTimeout(() => (window.__titleShownAt = performance.now())));
    };
    setInterval(check, 10);
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', check);
  }, title);
  await page.goto(url, { waitUntil: 'load' });
  if (!waitForTitle) {
    await page.waitForLoadState('networkidle');
    await context.close();
    return { js, html };
  }
  await page
    .waitForFunction(() => window.__titleShownAt !== undefined, null, { timeout: 60_000 })
    .catch((error) => {
      throw new Error(`${url}: "${title}" never appeared (${error.message})`);
    });
  const { time, shown } = await page.evaluate(() => ({ time: window.__titleAt, shown: window.__titleShownAt }));
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await page.waitForLoadState('networkidle');
  // in the DOM, shown or not yet drawn (rows below the first screen are drawn when near the view)
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const errors = errorTypes.filter((type) => text.includes(type)).length;
  await context.close();
  return { js, html, time, shown, errors, fcp };
}

/**
 * From the claim page to the next endpoint in the sidebar, in one tab with a warm cache, as a
 * reader moves: the time from the click until the new page's title is on screen (the frame that
 * shows it painted), and the same for the same page's full load, from navigation start (the HTML
 * parser shows the title before any script runs: a full load at its most favourable).
 * `latencyMs` adds that much to every request, as a network between reader and site does.
 */
async function measureNavigation(browser, fromUrl, { offset, readMs, hoverMs, latencyMs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (latencyMs > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // 20 Mbit/s down, 5 up: a good mobile or an ordinary home connection
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: 2_500_000, uploadThroughput: 625_000 });
  }
  await page.addInitScript(() => {
    const check = () => {
      const expected = sessionStorage.getItem('benchTitle');
      if (!expected || window.__titleSeen || document.querySelector('#page h1')?.textContent !== expected) return;
      window.__titleSeen = true;
      // on screen: the frame that shows it has been painted
      requestAnimationFrame(() => setTimeout(() => (window.__titleAt = performance.now())));
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(fromUrl, { waitUntil: 'load' });
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const href = await page.evaluate((offset) => {
    const links = [...document.querySelectorAll('#site-nav a')];
    return links[links.findIndex((a) => a.getAttribute('aria-current') === 'page') + offset].getAttribute('href');
  }, offset);
  if (readMs > 0) await page.waitForTimeout(readMs);
  const link = page.locator(`#site-nav a[href="${href}"]`);
  if (hoverMs > 0) {
    await link.hover();
    await page.waitForTimeout(hoverMs);
  }
  const before = await page.locator('#page h1').textContent();
  const swapped = page.evaluate(
    ([url, old]) =>
      new Promise((resolve) => {
        const start = performance.now();
        const check = () => {
          const title = document.querySelector('#page h1')?.textContent;
          if (location.pathname === url && title && title !== old) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, title })));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        document.querySelector(`#site-nav a[href="${url}"]`).click();
      }),
    [href, before],
  );
  const { ms: swap, title: nextTitle } = await swapped;
  await page.evaluate((text) => sessionStorage.setItem('benchTitle', text), nextTitle);
  await page.goto(new URL(href, fromUrl).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__titleAt !== undefined, null, { timeout: 60_000 });
  const full = await page.evaluate(() => window.__titleAt);
  await context.close();
  return { href, swap, full };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// `npm run bench -- navigation compare` runs only those parts; no argument runs them all
const parts = ['compare', 'budgets', 'navigation', 'lighthouse', 'builds'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !parts.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are: ${parts.join(', ')}`);
  process.exit(2);
}
const part = (name) => chosen.length === 0 || chosen.includes(name);

const server = await startStaticServer();
const site = await startSite();
const executablePath = chromiumPath();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--remote-debugging-port=9333'],
});

const targets = [
  ['Wingfield reference (ours)', `http://127.0.0.1:${sitePort}${claimPage}`],
  // each opened at its deep link to the claim operation, as a shared link would
  ['Swagger UI', `http://127.0.0.1:${staticPort}/swagger#/Organization/claimOrganizationRelation`],
  ['Redoc', `http://127.0.0.1:${staticPort}/redoc#tag/Organization/operation/claimOrganizationRelation`],
  ['Scalar', `http://127.0.0.1:${staticPort}/scalar#tag/organization/POST/api/v1/external-services/{externalServiceId}/organization-relations/claim`],
];
const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value === undefined ? 'not within 60 s' : value.toFixed(0));
const ratio = (value, of) => (value === undefined || of === undefined ? '–' : `${(value / of).toFixed(1)}×`);

/** Median of each figure over `runs` loads after a warm-up; a page whose title never shows has no figures. */
async function measureMedian(url, options) {
  try {
    await measure(browser, url, options); // warm-up: server caches, JIT
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser, url, options));
    const mid = (key) => median(results.map((r) => r[key]));
    return { js: mid('js'), html: mid('html'), time: mid('time'), shown: mid('shown'), errors: mid('errors'), fcp: mid('fcp') };
  } catch (error) {
    console.error(error.message);
    return undefined;
  }
}

/** The page's title as its HTML has it: what the measurement waits to see painted. */
async function pageTitle(pagePath) {
  const html = await (await fetch(`http://127.0.0.1:${sitePort}${pagePath}`)).text();
  const heading = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1];
  if (!heading) throw new Error(`${pagePath} has no <h1>`);
  return heading.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").trim();
}

/**
 * The page's own HTML, with nothing but the HTML and its styles: its scripts removed and the
 * stylesheets that block its first paint inlined (one that loads without blocking is left out,
 * since only a script would apply it). What the page's first paint would cost without JavaScript.
 */
async function scriptFreePage(pagePath) {
  const site = `http://127.0.0.1:${sitePort}`;
  let html = await (await fetch(`${site}${pagePath}`)).text();
  html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, '');
  for (const [tag] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)) {
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    const media = tag.match(/\bmedia="([^"]*)"/)?.[1];
    const blocking = href && (!media || media === 'all' || media === 'screen') && !/\bdisabled\b/.test(tag);
    const css = blocking ? await (await fetch(new URL(href.replace(/&amp;/g, '&'), site))).text() : '';
    html = html.replace(tag, () => (blocking ? `<style>${css}</style>` : ''));
  }
  return html;
}

/** Paragraphs of plain text making a document of about `bytes` bytes. */
function plainTextPage(bytes) {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain text</title></head><body>';
  const paragraphs = [];
  let length = head.length;
  for (let i = 1; length < bytes; i++) {
    const paragraph = `<p>Paragraph ${i} of plain text, as long as a line of an API reference.</p>`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return `${head}${paragraphs.join('')}</body></html>`;
}

/** Figures of the run for the summary at the end, against what the README promises. */
const summary = [];

try {
  if (part('compare')) {
    const rows = [];
    for (const [name, url] of targets) rows.push({ name, ...(await measureMedian(url)) });

    const ours = rows[0];
    console.log(`\nClaim operation, ${runs} runs after a warm-up, median; ratios: ours = 1.00\n`);
    console.log('| reference | JS gzip KiB | ratio | HTML KiB | ratio | title in DOM ms | ratio | title on screen ms | ratio | error types in DOM (of 12) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      if (row.time === undefined) {
        console.log(`| ${row.name} | – | – | – | – | not within 60 s | – | not within 60 s | – | – |`);
        continue;
      }
      console.log(
        `| ${row.name} | ${kib(row.js)} | ${(row.js / ours.js).toFixed(2)} | ${kib(row.html)} | ${(row.html / ours.html).toFixed(2)} | ${row.time.toFixed(0)} | ${(row.time / ours.time).toFixed(2)} | ${row.shown.toFixed(0)} | ${(row.shown / ours.shown).toFixed(2)} | ${row.errors} |`,
      );
    }

    // first paint: each of our kinds of long page as served, against the floor (a one-line page)
    // and against the same page's HTML with no scripts and its CSS inlined
    const floor = await measureMedian(`http://127.0.0.1:${staticPort}/one-line`, { title: 'One line of text.' });
    const paintRows = [{ name: 'a page holding one line of text', ...floor }];
    const ourPages = [
      ['claim page', claimPage],
      ['guide', pageBudgets.guide.url],
      ['error catalogue', pageBudgets['error catalogue'].url],
    ];
    for (const [name, pagePath] of ourPages) {
      const title = await pageTitle(pagePath);
      ownPages.set(name.replace(/ /g, '-'), await scriptFreePage(pagePath));
      const served = name === 'claim page' ? ours : await measureMedian(`http://127.0.0.1:${sitePort}${pagePath}`, { title });
      const bare = await measureMedian(`http://127.0.0.1:${staticPort}/own/${name.replace(/ /g, '-')}`, { title });
      // the floor for any page this long: plain paragraphs as many bytes as its script-free HTML,
      // no CSS (Chromium parses a document that has arrived whole before it paints any of it)
      const bytes = ownPages.get(name.replace(/ /g, '-')).replace(/<style>[\s\S]*?<\/style>/g, '').length;
      pages[`text-${bytes}`] = plainTextPage(bytes);
      const text = await measureMedian(`http://127.0.0.1:${staticPort}/text-${bytes}`, { title: 'Paragraph 1 ' });
      paintRows.push(
        { name: `${name} (${pagePath}), as served`, ...served },
        { name: `${name}, its HTML without scripts, CSS inlined`, ...bare },
        { name: `plain text as long as that HTML without its CSS (${kib(bytes)} KiB), no CSS`, ...text },
      );
      summary.push([`FCP of the ${name} ÷ one-line page`, ratio(served?.fcp, floor?.fcp), '≤ 2×']);
    }
    for (const row of rows.slice(1)) {
      paintRows.push({ ...row, name: `${row.name} (claim operation)` });
      summary.push([`title painted, ${row.name} ÷ ours (claim page)`, ratio(row.shown, ours.shown), '≥ 6×']);
    }
    console.log(`\nFirst paint, ${runs} runs after a warm-up, median, empty cache: first contentful paint (FCP) against a one-line page, and the title painted against our claim page\n`);
    console.log('| page | FCP ms | FCP ÷ one-line page | title painted ms | title ÷ our claim page |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const row of paintRows) {
      console.log(`| ${row.name} | ${ms(row.fcp)} | ${ratio(row.fcp, floor?.fcp)} | ${ms(row.shown)} | ${ratio(row.shown, ours.shown)} |`);
    }
  }

  if (part('budgets')) {
    console.log('\nJavaScript per kind of page (first visit, before the try-it panel or search is used), against lib/page-budgets.ts\n');
    console.log('| page | URL | JS gzip KiB | budget KiB | HTML KiB |');
    console.log('| --- | --- | ---: | ---: | ---: |');
    for (const [kind, budget] of Object.entries(pageBudgets)) {
      const result = await measure(browser, `http://127.0.0.1:${sitePort}${budget.url}`, { waitForTitle: false });
      console.log(`| ${kind} | ${budget.url} | ${kib(result.js)} | ${budget.scriptGzipKiB} | ${kib(result.html)} |`);
    }
  }

  if (part('navigation')) {
    console.log(`\nFrom the claim page to another endpoint by its sidebar link: page swap against a full load of that page (warm cache), median of ${runs}\n`);
    console.log('| network latency | link | before the click | swap ms | full load ms | full / swap |');
    console.log('| ---: | --- | --- | ---: | ---: | ---: |');
    const cases = [
      // the next page is prefetched while the reader reads (PrefetchNeighbours)
      { link: 'next endpoint', offset: 1, action: 'reads for 1 s', readMs: 1000, hoverMs: 0 },
      // any other link is fetched when pointed at (FrameLink) or when clicked
      { link: 'two below', offset: 2, action: 'nothing', readMs: 0, hoverMs: 0 },
      { link: 'two below', offset: 2, action: 'points at it for 300 ms', readMs: 0, hoverMs: 300 },
    ];
    for (const latencyMs of [0, 100]) {
      for (const { link, action, ...options } of cases) {
        const from = `http://127.0.0.1:${sitePort}${claimPage}`;
        await measureNavigation(browser, from, { ...options, latencyMs }); // warm-up
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await measureNavigation(browser, from, { ...options, latencyMs }));
        const swap = median(results.map((r) => r.swap));
        const full = median(results.map((r) => r.full));
        console.log(`| ${latencyMs} ms | ${link} | ${action} | ${swap.toFixed(0)} | ${full.toFixed(0)} | ${(full / swap).toFixed(1)}× |`);
        if (options.readMs === 0 && options.hoverMs === 0) summary.push([`swap not prefetched, ${latencyMs} ms latency: full load ÷ swap`, ratio(full, swap), '≥ 2×']);
      }
    }
  }

  if (part('lighthouse')) {
    // Lighthouse's simulated throttling varies from run to run on a shared machine: median of 3
    const { default: lighthouse } = await import('lighthouse');
    console.log('\nLighthouse 12 (mobile, simulated throttling), median of 3 runs\n');
    console.log('| page | performance | accessibility | LCP ms | TBT ms | CLS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const url of [claimPage, pageBudgets.guide.url]) {
      const results = [];
      for (let i = 0; i < 3; i++) {
        const { lhr } = await lighthouse(`http://127.0.0.1:${sitePort}${url}`, { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, {
          extends: 'lighthouse:default',
          settings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
        });
        results.push(lhr);
      }
      const score = (lhr, category) => Math.round(lhr.categories[category].score * 100);
      const audit = (lhr, id) => lhr.audits[id].numericValue;
      const mid = (pick) => median(results.map(pick));
      if (url === claimPage) {
        summary.push(['Lighthouse mobile performance, claim page', String(mid((lhr) => score(lhr, 'performance'))), '100']);
        summary.push(['Lighthouse mobile LCP ms, claim page', mid((lhr) => audit(lhr, 'largest-contentful-paint')).toFixed(0), '≤ 1500']);
      }
      console.log(
        `| ${url} | ${mid((lhr) => score(lhr, 'performance'))} | ${mid((lhr) => score(lhr, 'accessibility'))} | ${mid((lhr) => audit(lhr, 'largest-contentful-paint')).toFixed(0)} | ${mid((lhr) => audit(lhr, 'total-blocking-time')).toFixed(0)} | ${mid((lhr) => audit(lhr, 'cumulative-layout-shift')).toFixed(3)} |`,
      );
    }
  }
  if (summary.length > 0) {
    console.log('\nThis run against its targets\n');
    console.log('| figure | this run | target |');
    console.log('| --- | ---: | ---: |');
    for (const [figure, value, target] of summary) console.log(`| ${figure} | ${value} | ${target} |`);
  }
} finally {
  await browser.close();
  site.kill();
  server.close();
}

// build time and peak memory on large documents: the 500-operation synthetic one and GitHub's 1,223
// operations (minutes on two cores); each site is then served and every page checked over HTTP
if (part('builds')) {
  console.log('\nBuilds of large documents\n');
  spawnSync('npx', ['tsx', 'scripts/build-corpus-sites.ts', 'synthetic', 'github'], { stdio: 'inherit', cwd: root });
}
