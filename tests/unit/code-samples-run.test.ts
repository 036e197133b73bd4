import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCodeSamples, type CodeSampleOptions, type SampleTarget } from '@/lib/endpoints/code-samples';
import type { JsonValue } from '@/lib/openapi/types';
import { everySchemeTarget, type SampleBodyKind } from './support/sample-targets';

/**
 * Each language's sample, run for real against a server on the loopback address that records what
 * arrives: hostile values in the credentials, the query, the cookies and every kind of body arrive
 * as they were given.
 */
const exec = promisify(execFile);
const inCi = process.env.CI === 'true';

interface Arrived {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
let server: Server;
let origin = '';
const arrived: Arrived[] = [];
const workDir = mkdtempSync(path.join(tmpdir(), 'code-samples-run-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      arrived.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks) });
      if (request.url!.startsWith('/events')) {
        // two events, the second after a pause: a sample that reads as it arrives prints both
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('event: first\ndata: recorded one\n\n');
        setTimeout(() => response.end('data: recorded two\n\n'), 200);
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('recorded');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(workDir, { recursive: true, force: true });
});

const headerValue = `a"b'c\`d$e\\f #{g} \${h} {$i}`;
const text = "it's \"quoted\" '''and''' \"\"\"tripled\"\"\" $(id) `id` #{x} {$y} \\ back\\slash \\u0022\nsecond\r\nthird\ttab Zürich ✓ \u2028 😀\nJSON";
const oneLine = text.replace(/[\r\n]/g, ' ');
const hostileJson: JsonValue = { text, [text]: [1, 2.5, null, true, { nested: 'JSON' }], marker: 'JSON' };
const fileBytes = Buffer.from('%PDF-1.4 bytes \u0000\u00ff and a line\r\n', 'latin1');

const target = (kind: SampleBodyKind): SampleTarget =>
  everySchemeTarget(kind, { method: kind === 'binary' ? 'PUT' : 'POST', bearer: false, textType: 'text/plain; charset=utf-8' });

const options = (body: JsonValue): CodeSampleOptions => ({
  baseUrl: origin,
  credentials: { header: headerValue, query: text, cookie: text, basic: `us"er:pa:ss'w$rd\\` },
  path: { id: 'a b/c' },
  query: { q: [text, 'second'] },
  header: { 'X-Trace': headerValue },
  body,
});

const basic = `Basic ${Buffer.from(`us"er:pa:ss'w$rd\\`).toString('base64')}`;

/** What each request must have arrived with, whatever the language. */
function expectCredentialsAndParameters(got: Arrived) {
  const url = new URL(got.url, origin);
  expect(url.pathname).toBe('/things/a%20b%2Fc');
  expect(url.searchParams.getAll('q')).toEqual([text, 'second']);
  expect(url.searchParams.get('api_key')).toBe(text);
  expect(got.headers['x-api-key']).toBe(headerValue);
  expect(got.headers['x-trace']).toBe(headerValue);
  expect(got.headers.authorization).toBe(basic);
  expect(got.headers.cookie).toBe(`session=${encodeURIComponent(text)}`);
}

const languages: Record<string, { command: string; available: Promise<boolean>; file: string; run: (file: string) => Promise<unknown> }> = {};
const has = (command: string, args = ['--version']) =>
  exec(command, args).then(
    () => true,
    () => false,
  );
function language(id: string, command: string, file: string, run: (file: string) => Promise<unknown>, check?: string[]) {
  languages[id] = { command, available: has(command, check), file, run };
}
const timeout = 120_000;
language('curl', 'curl', 'main.sh', (file) => exec('bash', [file], { timeout }));
language('js', process.execPath, 'main.mjs', (file) => exec(process.execPath, [file], { timeout }));
language('python', 'python3', 'main.py', (file) => exec('python3', [file], { timeout }), ['-c', 'import requests']);
language('go', 'go', 'main.go', (file) => exec('go', ['run', file], { timeout, env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } }), ['version']);
language('php', 'php', 'main.php', (file) => exec('php', [file], { timeout }));
// the source launcher (Java 11+) compiles and runs the one file
language('java', 'java', 'Main.java', (file) => exec('java', [file], { timeout }));
language('csharp', 'mcs', 'Program.cs', async (file) => {
  const program = file.replace(/\.cs$/, '.exe');
  await exec('mcs', ['-r:System.Net.Http.dll', `-out:${program}`, file], { timeout });
  return exec('mono', [program], { timeout });
});
language('ruby', 'ruby', 'main.rb', (file) => exec('ruby', [file], { timeout }));

/** Runs one language's sample of a request and returns what arrived. */
async function send(id: string, caseName: string, sampleTarget: SampleTarget, body: JsonValue): Promise<Arrived | undefined> {
  return (await sendAndRead(id, caseName, sampleTarget, body))?.got;
}

async function sendAndRead(id: string, caseName: string, sampleTarget: SampleTarget, body: JsonValue): Promise<{ got: Arrived; stdout: string } | undefined> {
  const { available, file, run, command } = languages[id];
  if (!(await available)) {
    if (inCi) throw new Error(`\`${command}\` is not installed: .ci/run installs it`);
    console.warn(`code samples: ${id} samples not run, \`${command}\` is not installed (.ci/run says which Debian package has it)`);
    return undefined;
  }
  const sample = createCodeSamples(sampleTarget, options(body)).find((one) => one.id === id)!;
  const dir = path.join(workDir, id, caseName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), `${sample.code}\n`);
  const before = arrived.length;
  const { stdout } = (await run(path.join(dir, file))) as { stdout: string };
  expect(stdout).toContain('recorded');
  expect(arrived.length, `${id} sent one request`).toBe(before + 1);
  return { got: arrived[arrived.length - 1], stdout };
}

/** The parts of a multipart body, as a server reads them. */
async function formOf(got: Arrived): Promise<FormData> {
  return new Request(`${origin}/`, { method: 'POST', headers: { 'content-type': String(got.headers['content-type']) }, body: new Uint8Array(got.body) }).formData();
}

const fileDir = mkdtempSync(path.join(tmpdir(), 'sample files '));
// a double quote in a part's filename is written differently by each library (\", %22 or as is): none here
const hostileFile = path.join(fileDir, "it's a report $x #{y} ${z} {$w}.pdf");
const plainFile = path.join(fileDir, 'plain.bin');
writeFileSync(hostileFile, fileBytes);
writeFileSync(plainFile, fileBytes);
afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

describe.each(Object.keys(languages))('the %s sample, run against a local server', (id) => {
  it('sends hostile credentials, query, path, header and cookie values and a JSON body unchanged', async () => {
    const got = await send(id, 'json', target('json'), hostileJson);
    if (!got) return;
    expect(got.method).toBe('POST');
    expectCredentialsAndParameters(got);
    expect(got.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(got.body.toString('utf8'))).toEqual(hostileJson);
  }, 180_000);

  it('sends a url-encoded form unchanged', async () => {
    const got = await send(id, 'form', target('form'), { name: text, tags: ['a&b=c', 'd+e'] });
    if (!got) return;
    expectCredentialsAndParameters(got);
    const form = new URLSearchParams(got.body.toString('utf8'));
    expect([...form]).toEqual([
      ['name', text],
      ['tags', 'a&b=c'],
      ['tags', 'd+e'],
    ]);
  }, 180_000);

  it('sends multipart text parts and files, an array of files among them, with their names and bytes', async () => {
    // FormData writes each line break of a text part as CRLF, as HTML forms do: the value has none
    const got = await send(id, 'multipart', target('multipart'), { title: oneLine, tags: ['one', '@two;type=x'], file: hostileFile, files: [plainFile, hostileFile] });
    if (!got) return;
    expectCredentialsAndParameters(got);
    const form = await formOf(got);
    expect(form.get('title')).toBe(oneLine);
    expect(form.getAll('tags')).toEqual(['one', '@two;type=x']);
    const file = form.get('file') as File;
    expect(Buffer.from(await file.arrayBuffer())).toEqual(fileBytes);
    expect(file.name).toBe(path.basename(hostileFile));
    const files = form.getAll('files') as File[];
    expect(files.map((one) => one.name)).toEqual(['plain.bin', path.basename(hostileFile)]);
    for (const one of files) expect(Buffer.from(await one.arrayBuffer())).toEqual(fileBytes);
  }, 180_000);

  it('sends a text body and a binary file unchanged', async () => {
    const textGot = await send(id, 'text', target('text'), text);
    if (!textGot) return;
    expect(textGot.body.toString('utf8')).toBe(text);
    expect(textGot.headers['content-type']).toBe('text/plain; charset=utf-8');
    const binaryGot = await send(id, 'binary', target('binary'), hostileFile);
    expect(binaryGot!.method).toBe('PUT');
    expect(binaryGot!.body).toEqual(fileBytes);
    expect(binaryGot!.headers['content-type']).toBe('application/pdf');
  }, 180_000);

  it('reads an event stream line by line, asking for one', async () => {
    const streamTarget: SampleTarget = { method: 'GET', path: '/events', requiresAuth: false, tokenPlaceholder: '<api-token>', stream: true, defaults: { path: {}, query: {} } };
    const result = await sendAndRead(id, 'stream', streamTarget, null);
    if (!result) return;
    expect(result.got.headers.accept).toBe('text/event-stream');
    expect(result.stdout).toContain('event: first\ndata: recorded one\n');
    expect(result.stdout).toContain('data: recorded two');
  }, 180_000);
});
