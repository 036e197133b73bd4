/**
 * Builds complete sites from other people's documents (GitHub's 1,223 operations and three
 * APIs.guru documents with relative servers, server variables, no operationIds, no tags and
 * dotted operationIds), serves each with `next start`, and checks over plain HTTP, without
 * JavaScript, that every operation has its page with its method, path, operationId and documented
 * statuses.
 * Prints the build time, the peak memory of the build (all its processes together) and page sizes.
 *
 *   npx tsx scripts/build-corpus-sites.ts [name…]     names: github, ato, kinesis, calendar, synthetic
 *
 * Builds go to `.next-corpus-<name>` (removed afterwards unless KEEP_BUILDS=1), one at a time;
 * the validators in lib/generated are regenerated for the project's document at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApiModel } from '../lib/endpoints/build-api-model';
import { readDocument } from '../lib/openapi/load-document';
import { directoryApis, ensureCorpus, githubDocument } from './corpus.mjs';
import { freePort } from './free-port.mjs';

const documents: Record<string, () => string> = {
  github: () => githubDocument,
  ato: () => `${directoryApis}/ato.gov.au.json`, // relative server, no operationIds
  kinesis: () => `${directoryApis}/amazonaws.com/kinesis.json`, // no tags, server variables, 3.0
  calendar: () => `${directoryApis}/googleapis.com/calendar.json`, // dotted operationIds
  synthetic: () => {
    // the project's document five times over, as the page-size budget test builds it
    // 500 operations, as `npm run bench` has always measured
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'synthetic-')), 'synthetic.yaml');
    const result = spawnSync(process.execPath, ['scripts/synthetic-document.mjs', '500'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error('synthetic-document.mjs failed');
    writeFileSync(file, result.stdout);
    return file;
  },
};

const heapMiB = 4096;

interface Figures {
  name: string;
  operations: number;
  buildSeconds: number;
  peakMiB: number;
  peakProcessMiB: number;
  pages: number;
  problems: string[];
  htmlKiB: { median: number; max: number };
}

/** Resident memory of a process and all its descendants, in KiB, from `ps`. */
function treeRss(root: number): { total: number; largest: number } {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout.trim().split('\n');
  const rows = table.map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kib]) => [pid, kib]));
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const kib = rss.get(pid) ?? 0;
    total += kib;
    largest = Math.max(largest, kib);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; seconds: number; peakKiB: number; peakProcessKiB: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    let peakKiB = 0;
    let peakProcessKiB = 0;
    const timer = setInterval(() => {
      const { total, largest } = treeRss(child.pid!);
      peakKiB = Math.max(peakKiB, total);
      peakProcessKiB = Math.max(peakProcessKiB, largest);
    }, 500);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakKiB, peakProcessKiB });
    });
  });
}

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('next start exited');
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${url} did not answer`);
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ');

async function buildAndCheck(name: string, file: string): Promise<Figures> {
  const distDir = `.next-corpus-${name}`;
  const env = {
    ...process.env,
    WINGFIELD_OPENAPI: file,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: `--max-old-space-size=${heapMiB}`,
  };
  const model = buildApiModel(readDocument(file));
  console.log(`\n== ${name}: ${file}, ${model.endpoints.length} operations in ${model.groups.length} groups`);
  rmSync(distDir, { recursive: true, force: true });
  // next build adds its distDir's types to tsconfig.json; the project's file stays as it is
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const generate = await run('npx', ['tsx', 'scripts/generate-validators.ts'], env);
  const build = await run('npx', ['next', 'build'], env);
  writeFileSync('tsconfig.json', tsconfig);
  const figures: Figures = {
    name,
    operations: model.endpoints.length,
    buildSeconds: generate.seconds + build.seconds,
    peakMiB: Math.max(generate.peakKiB, build.peakKiB) / 1024,
    peakProcessMiB: Math.max(generate.peakProcessKiB, build.peakProcessKiB) / 1024,
    pages: 0,
    problems: [],
    htmlKiB: { median: 0, max: 0 },
  };
  if (generate.code !== 0 || build.code !== 0) {
    figures.problems.push(`build failed (generate ${generate.code}, next build ${build.code})`);
    return figures;
  }

  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
  const sizes: number[] = [];
  try {
    await waitFor(`http://127.0.0.1:${port}/api/environments`, server);
    const queue = [...model.endpoints];
    const worker = async () => {
      for (let endpoint = queue.shift(); endpoint; endpoint = queue.shift()) {
        const response = await fetch(`http://127.0.0.1:${port}${endpoint.url}`);
        const html = await response.text();
        sizes.push(Buffer.byteLength(html));
        figures.pages++;
        const missing: string[] = [];
        if (response.status !== 200) missing.push(`HTTP ${response.status}`);
        if (!html.includes(escapeHtml(`${endpoint.method} ${endpoint.path}`))) missing.push('method and path');
        if (endpoint.operationId && !html.includes(escapeHtml(endpoint.operationId))) missing.push('operationId');
        const text = textOf(html);
        for (const status of Object.keys(endpoint.operation.responses ?? {})) {
          if (!new RegExp(`\\b${status.replace(/[^A-Za-z0-9]/g, '')}\\b`, 'i').test(text)) missing.push(`status ${status}`);
        }
        if (missing.length > 0) figures.problems.push(`${endpoint.url}: ${missing.join(', ')}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
  sizes.sort((a, b) => a - b);
  figures.htmlKiB = { median: sizes[Math.floor(sizes.length / 2)] / 1024, max: sizes[sizes.length - 1] / 1024 };
  if (process.env.KEEP_BUILDS !== '1') rmSync(distDir, { recursive: true, force: true });
  return figures;
}

async function main() {
  ensureCorpus();
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['github', 'ato', 'kinesis', 'calendar'];
  const results: Figures[] = [];
  try {
    for (const name of names) {
      if (!documents[name]) throw new Error(`unknown document "${name}"; one of ${Object.keys(documents).join(', ')}`);
      results.push(await buildAndCheck(name, documents[name]()));
    }
  } finally {
    // lib/generated belongs to the project's document
    const { WINGFIELD_OPENAPI: _ignored, ...env } = process.env;
    spawnSync('npx', ['tsx', 'scripts/generate-validators.ts'], { stdio: 'inherit', env });
  }

  console.log(`\nCorpus sites (next build, Node heap limit ${heapMiB} MiB, ${os.cpus().length} cores)`);
  console.table(
    results.map((r) => ({
      document: r.name,
      operations: r.operations,
      'build s': Number(r.buildSeconds.toFixed(0)),
      'peak MiB (all processes)': Number(r.peakMiB.toFixed(0)),
      'peak MiB (one process)': Number(r.peakProcessMiB.toFixed(0)),
      'pages checked': r.pages,
      'HTML KiB median': Number(r.htmlKiB.median.toFixed(1)),
      'HTML KiB max': Number(r.htmlKiB.max.toFixed(1)),
      problems: r.problems.length,
    })),
  );
  for (const r of results) for (const problem of r.problems.slice(0, 15)) console.log(`  ${r.name}: ${problem}`);
  if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

await main();
