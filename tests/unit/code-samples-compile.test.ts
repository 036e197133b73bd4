import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { createCodeSamples, sampleTarget, type CodeSample, type SampleTarget } from '@/lib/endpoints/code-samples';
import type { JsonValue } from '@/lib/openapi/types';

const model = getApiModel();
const baseUrl = 'https://dev.wingfield.systems';

/** A body and a token that break naive quoting in every one of the four languages. */
const hostileBody: JsonValue = {
  quote: "it's \"quoted\" '''and''' \"\"\"tripled\"\"\"",
  shell: '$(touch /tmp/pwned) `id` $HOME \\ back\\slash',
  lines: 'first\nsecond\r\nthird\ttab',
  unicode: 'Zürich ✓ \u2028',
  backtick: '`raw` strings',
  nothing: null,
  yes: true,
  list: [1, 2.5, -3e-7, { nested: [] }],
};
const hostileToken = `tok_ext_v1_a"b'c\`d$e\\f`;

const samplesByOperation = new Map<string, CodeSample[]>(
  model.endpoints.map((endpoint) => [endpoint.key, createCodeSamples(sampleTarget(endpoint), { baseUrl })]),
);
const claimTarget: SampleTarget = sampleTarget(model.byKey.get('claimOrganizationRelation')!);
const hostile = createCodeSamples(claimTarget, { baseUrl, token: hostileToken, body: hostileBody });
samplesByOperation.set('hostile', hostile);

const workDir = mkdtempSync(path.join(tmpdir(), 'code-samples-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const extension: Record<string, string> = { curl: 'sh', js: 'mjs', python: 'py', go: 'go' };
/** Writes each operation's sample of one language into its own folder (Go: one `main` package each). */
function writeSamples(id: string): string[] {
  return [...samplesByOperation].map(([operationId, samples]) => {
    const dir = path.join(workDir, id, operationId);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `main.${extension[id]}`);
    // as a file is saved: with a final newline
    writeFileSync(file, `${samples.find((sample) => sample.id === id)!.code}\n`);
    return file;
  });
}

function run(command: string, args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options, env: { ...process.env, ...options.env } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

const hasCommand = (command: string) => spawnSync(command, ['--version'], { encoding: 'utf8' }).error === undefined;
const hasGo = spawnSync('go', ['version']).error === undefined;
const inCi = process.env.CI === 'true';
if (!hasGo && !inCi) console.warn('code samples: Go samples not checked, `go` is not installed (Debian: apt-get install golang-go)');

describe(`the code samples of all ${model.endpoints.length} operations, and of a body made to break quoting`, () => {
  it('cURL parses as a shell command', () => {
    for (const file of writeSamples('curl')) expect(run('bash', ['-n', file]), file).toMatchObject({ ok: true });
  }, 30_000);

  // one Node process per file: slow on a busy machine
  it('JavaScript parses as an ES module', () => {
    for (const file of writeSamples('js')) expect(run(process.execPath, ['--check', file]), file).toMatchObject({ ok: true });
  }, 60_000);

  it.skipIf(!hasCommand('python3'))('Python compiles', () => {
    const files = writeSamples('python');
    expect(run('python3', ['-m', 'py_compile', ...files])).toMatchObject({ ok: true, output: '' });
  }, 30_000);

  it.skipIf(!hasGo && !inCi)('Go passes go vet and is gofmt-formatted', () => {
    expect(hasGo, '`go` is not installed: .ci/run installs golang-go').toBe(true);
    writeSamples('go');
    const dir = path.join(workDir, 'go');
    writeFileSync(path.join(dir, 'go.mod'), 'module samples\n\ngo 1.19\n');
    expect(run('go', ['vet', './...'], { cwd: dir, env: { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } })).toMatchObject({ ok: true });
    expect(run('gofmt', ['-l', dir])).toEqual({ ok: true, output: '' });
  }, 120_000);
});

describe('a hostile body and token arrive unchanged', () => {
  const sample = (id: string) => hostile.find((s) => s.id === id)!.code;

  it('in cURL', () => {
    // a stand-in for curl that prints its arguments, one per line, NUL-terminated
    const script = `curl() { printf '%s\\0' "$@"; }\n${sample('curl')}`;
    const args = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\0');
    expect(JSON.parse(args[args.indexOf('-d') + 1])).toEqual(hostileBody);
    expect(args).toContain(`Authorization: Bearer ${hostileToken}`);
  });

  it('in JavaScript', () => {
    const stub = `globalThis.fetch = async (url, init) => { console.log(JSON.stringify(init)); return { status: 0, text: async () => '' }; };\n`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', stub + sample('js')], { encoding: 'utf8' });
    const init = JSON.parse(output.split('\n')[0]);
    expect(JSON.parse(init.body)).toEqual(hostileBody);
    expect(init.headers.Authorization).toBe(`Bearer ${hostileToken}`);
  });

  it.skipIf(!hasCommand('python3'))('in Python', () => {
    const stubDir = path.join(workDir, 'python-stub');
    mkdirSync(stubDir, { recursive: true });
    writeFileSync(
      path.join(stubDir, 'requests.py'),
      'import json\nclass R:\n    status_code = 0\n    text = ""\n' +
        'def request(method, url, headers=None, json=None, timeout=None):\n    import json as j\n    print(j.dumps({"headers": headers, "json": json}))\n    return R()\n',
    );
    const output = execFileSync('python3', ['-c', sample('python')], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: stubDir } });
    const sent = JSON.parse(output.split('\n')[0]);
    expect(sent.json).toEqual(hostileBody);
    expect(sent.headers.Authorization).toBe(`Bearer ${hostileToken}`);
  });
});
