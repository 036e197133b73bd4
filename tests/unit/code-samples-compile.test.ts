import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiModel, getApiModel } from '@/lib/endpoints';
import { createCodeSamples, sampleLanguages, sampleTarget, type CodeSample, type SampleTarget } from '@/lib/endpoints/code-samples';
import { loadDocument } from '@/lib/openapi/load-document';
import type { JsonValue } from '@/lib/openapi/types';
import { everySchemeTarget } from './support/sample-targets';

const model = getApiModel();
const baseUrl = 'https://dev.wingfield.systems';

/** A body and a token that break naive quoting in every one of the eight languages. */
const hostileBody: JsonValue = {
  quote: "it's \"quoted\" '''and''' \"\"\"tripled\"\"\"",
  shell: '$(touch /tmp/pwned) `id` $HOME \\ back\\slash \\u0022 \\n',
  ruby: '#{`id`} #$0 #@x',
  php: '{$x} ${y} <?php ?>',
  lines: 'first\nsecond\r\nthird\ttab\u0000nul\u001bescape',
  unicode: 'Zürich ✓ \u2028\u2029\u0085 😀',
  backtick: '`raw` strings',
  marker: 'JSON',
  nothing: null,
  yes: true,
  list: [1, 2.5, -3e-7, { nested: [] }],
};
const hostileToken = `tok_ext_v1_a"b'c\`d$e\\f#{g}`;

const samplesByCase = new Map<string, CodeSample[]>(
  model.endpoints.map((endpoint) => [endpoint.key, createCodeSamples(sampleTarget(endpoint), { baseUrl })]),
);
const claimTarget: SampleTarget = sampleTarget(model.byKey.get('claimOrganizationRelation')!);
const hostile = createCodeSamples(claimTarget, { baseUrl, token: hostileToken, body: hostileBody });
samplesByCase.set('hostile', hostile);

/** Other people's documents: every operation of the fixtures, each alternative of its security. */
const fixtureFolders = ['tests/fixtures/samples', 'tests/fixtures/constructs', 'tests/fixtures/documents', 'tests/fixtures/xss', 'tests/fixtures/servers'];
let fixtureOperations = 0;
for (const folder of fixtureFolders) {
  for (const file of readdirSync(folder).filter((name) => /\.(ya?ml|json)$/.test(name))) {
    const fixture = buildApiModel(loadDocument(path.join(folder, file)));
    fixture.endpoints.forEach((endpoint, index) => {
      fixtureOperations += 1;
      const target = sampleTarget(endpoint);
      (target.security ?? [[]]).forEach((_, alternative) => {
        samplesByCase.set(`${file.replace(/\W/g, '_')}_${index}_${alternative}`, createCodeSamples(target, { baseUrl: 'https://api.example.com/v1', alternative }));
      });
    });
  }
}

/**
 * Hostile values in every place a sample writes one: credentials of each kind, parameters, file
 * names and each kind of body. Drawn from the suite's fixed seed (tests/support/fast-check-seed.ts).
 */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom('"""', "'''", '#{x}', '${x}', '{$x}', '\\', '\\u000a', '$(id)', '`id`', '\r\n', 'JSON', '@file', '<x', 'a;type=text/html', '\u2028', '*/', '?>'),
);
const hostileCases = fc.sample(
  fc.record({
    kind: fc.constantFrom('json' as const, 'form' as const, 'multipart' as const, 'text' as const, 'binary' as const),
    texts: fc.array(hostileText, { minLength: 8, maxLength: 8 }),
    stream: fc.boolean(),
  }),
  { numRuns: 40 },
);
hostileCases.forEach(({ kind, texts: [a, b, c, d, e, f, g, h], stream }, index) => {
  const body: JsonValue =
    kind === 'json' ? { [a]: b, list: [c, { [d]: e }] } : kind === 'text' || kind === 'binary' ? a : { [a]: b, tags: [c, d], file: e, files: [f, g] };
  const target = { ...everySchemeTarget(kind), stream };
  samplesByCase.set(
    `property_${index}`,
    createCodeSamples(target, {
      baseUrl: 'https://api.example.com/v1',
      credentials: { header: f, query: g, cookie: h, basic: `${a}:${b}`, bearer: c },
      path: { id: d },
      query: { [e]: [f] },
      header: { [`X-${index}`]: g },
      cookie: { [`c${index}`]: h },
      body,
    }),
  );
});

const workDir = mkdtempSync(path.join(tmpdir(), 'code-samples-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const fileName: Record<string, string> = {
  curl: 'main.sh',
  js: 'main.mjs',
  python: 'main.py',
  go: 'main.go',
  php: 'main.php',
  java: 'Main.java',
  csharp: 'Program.cs',
  ruby: 'main.rb',
};
/** Writes each case's sample of one language into its own folder (Go: one `main` package each). */
function writeSamples(id: string, transform: (code: string, index: number) => string = (code) => code, name = (_index: number) => fileName[id]): string[] {
  return [...samplesByCase].map(([caseName, samples], index) => {
    const dir = path.join(workDir, id, caseName);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name(index));
    // as a file is saved: with a final newline
    writeFileSync(file, `${transform(samples.find((sample) => sample.id === id)!.code, index)}\n`);
    return file;
  });
}

function run(command: string, args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: { ...process.env, ...options.env } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

/** Every file that does not pass, with what the checker said of it. */
function failures(files: string[], check: (file: string) => { ok: boolean; output: string }): string[] {
  return files.flatMap((file) => {
    const result = check(file);
    return result.ok ? [] : [`${path.relative(workDir, file)}:\n${result.output}`];
  });
}

const hasCommand = (command: string, versionFlag = '--version') => spawnSync(command, [versionFlag], { encoding: 'utf8' }).error === undefined;
const inCi = process.env.CI === 'true';
/** The compilers the samples are checked with, and the Debian package that has each (`.ci/run` installs them). */
const compilers = {
  go: { available: hasCommand('go', 'version'), install: 'golang-go' },
  php: { available: hasCommand('php'), install: 'php-cli' },
  javac: { available: hasCommand('javac'), install: 'default-jdk-headless' },
  mcs: { available: hasCommand('mcs'), install: 'mono-mcs libmono-system-net-http4.0-cil' },
  ruby: { available: hasCommand('ruby'), install: 'ruby' },
};
for (const [name, { available, install }] of Object.entries(compilers)) {
  if (!available && !inCi) console.warn(`code samples: not checked with \`${name}\`, which is not installed (Debian: apt-get install ${install})`);
}
/** Skipped on a laptop without the compiler; under CI=true, run, and failed by its absence. */
const withCompiler = (name: keyof typeof compilers) => it.skipIf(!compilers[name].available && !inCi);
const expectCompiler = (name: keyof typeof compilers) =>
  expect(compilers[name].available, `\`${name}\` is not installed: .ci/run installs ${compilers[name].install}`).toBe(true);

describe(`the code samples of all ${model.endpoints.length} operations, ${fixtureOperations} operations of other documents, and ${hostileCases.length + 1} requests made to break quoting`, () => {
  it('come in the eight languages', () => {
    expect(sampleLanguages.map((language) => language.label)).toEqual(['cURL', 'JavaScript', 'Python', 'Go', 'PHP', 'Java', 'C#', 'Ruby']);
    for (const samples of samplesByCase.values()) expect(samples.map((sample) => sample.id)).toEqual(sampleLanguages.map((language) => language.id));
  });

  it('cURL parses as a shell command', () => {
    expect(failures(writeSamples('curl'), (file) => run('bash', ['-n', file]))).toEqual([]);
  }, 60_000);

  // one Node process per file: slow on a busy machine
  it('JavaScript parses as an ES module', () => {
    expect(failures(writeSamples('js'), (file) => run(process.execPath, ['--check', file]))).toEqual([]);
  }, 180_000);

  it.skipIf(!hasCommand('python3'))('Python compiles', () => {
    const files = writeSamples('python');
    expect(run('python3', ['-m', 'py_compile', ...files])).toMatchObject({ ok: true, output: '' });
  }, 60_000);

  withCompiler('go')('Go passes go vet and is gofmt-formatted', () => {
    expectCompiler('go');
    writeSamples('go');
    const dir = path.join(workDir, 'go');
    writeFileSync(path.join(dir, 'go.mod'), 'module samples\n\ngo 1.19\n');
    expect(run('go', ['vet', './...'], { cwd: dir, env: { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } })).toMatchObject({ ok: true });
    expect(run('gofmt', ['-l', dir])).toEqual({ ok: true, output: '' });
  }, 300_000);

  withCompiler('php')('PHP passes php -l', () => {
    expectCompiler('php');
    expect(failures(writeSamples('php'), (file) => run('php', ['-l', file]))).toEqual([]);
  }, 120_000);

  // one javac for every sample: each class renamed after its case, since they share a package
  withCompiler('javac')('Java compiles with javac, as ASCII (whatever encoding javac assumes)', () => {
    expectCompiler('javac');
    const files = writeSamples(
      'java',
      (code, index) => code.replace('public class Main {', `public class Main${index} {`),
      (index) => `Main${index}.java`,
    );
    expect(run('javac', ['-encoding', 'US-ASCII', '-Xlint:all', '-Werror', '-d', path.join(workDir, 'java-classes'), ...files])).toEqual({ ok: true, output: '' });
  }, 300_000);

  // one mcs for every sample, each in a namespace of its own; one as a program, to check its entry point
  withCompiler('mcs')('C# compiles with Mono mcs', () => {
    expectCompiler('mcs');
    const files = writeSamples('csharp', (code, index) => `namespace Case${index}\n{\n${code}\n}`);
    const out = path.join(workDir, 'csharp.dll');
    expect(run('mcs', ['-target:library', '-r:System.Net.Http.dll', `-out:${out}`, ...files])).toMatchObject({ ok: true });
    const program = path.join(workDir, 'Program.cs');
    writeFileSync(program, `${hostile.find((sample) => sample.id === 'csharp')!.code}\n`);
    expect(run('mcs', ['-r:System.Net.Http.dll', `-out:${path.join(workDir, 'program.exe')}`, program])).toMatchObject({ ok: true });
  }, 300_000);

  withCompiler('ruby')('Ruby passes ruby -c', () => {
    expectCompiler('ruby');
    expect(failures(writeSamples('ruby'), (file) => run('ruby', ['-c', file]))).toEqual([]);
  }, 180_000);
});
