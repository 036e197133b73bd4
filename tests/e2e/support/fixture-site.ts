/**
 * A whole site built from a fixture document (its own `NEXT_DIST_DIR`), for the end-to-end tests
 * of what pages make of a document at build time, and served with `next start` on a free port.
 * Built once and reused while the fixture's files and the project's build are unchanged: a build
 * takes minutes. The validators in lib/generated, tsconfig.json and next-env.d.ts belong to the
 * project's document and are put back as they were, whatever happens.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/free-port.mjs';

export interface FixtureSiteOptions {
  /** The fixture document; every file of its folder (its `releases/`) counts for the stamp. */
  document: string;
  /** The build's folder, `.next-<name>`. */
  distDir: string;
}

export interface FixtureSite {
  url: string;
  stop: () => void;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the build depends on besides the code: the fixture's files, and the project's own build of the code. */
function stampOf({ document }: FixtureSiteOptions): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(path.dirname(document)).sort()) hash.update(file).update(readFileSync(file));
  hash.update(existsSync('.next/BUILD_ID') ? readFileSync('.next/BUILD_ID') : 'none');
  return hash.digest('hex');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

const envOf = (options: FixtureSiteOptions) => ({
  ...process.env,
  WINGFIELD_OPENAPI: path.resolve(options.document),
  NEXT_DIST_DIR: options.distDir,
  NEXT_TELEMETRY_DISABLED: '1',
});

/** Builds the fixture's site unless its build is there for the same fixture and code; the seconds it took (0: reused). */
export function buildFixtureSite(options: FixtureSiteOptions): number {
  const stampFile = path.join(options.distDir, 'fixture-stamp');
  const stamp = stampOf(options);
  if (existsSync(path.join(options.distDir, 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return 0;
  const started = performance.now();
  const env = envOf(options);
  const saved = mkdtempSync(path.join(tmpdir(), 'project-generated-'));
  const kept = ['tsconfig.json', 'next-env.d.ts'].filter(existsSync).map((file) => [file, readFileSync(file, 'utf8')] as const);
  if (existsSync('lib/generated')) cpSync('lib/generated', saved, { recursive: true });
  try {
    run('npx', ['tsx', 'scripts/check-openapi.ts'], env);
    run('npx', ['tsx', 'scripts/generate-validators.ts'], env);
    run('npx', ['next', 'build'], env);
  } finally {
    rmSync('lib/generated', { recursive: true, force: true });
    cpSync(saved, 'lib/generated', { recursive: true });
    rmSync(saved, { recursive: true, force: true });
    for (const [file, text] of kept) writeFileSync(file, text);
  }
  writeFileSync(stampFile, stamp);
  return (performance.now() - started) / 1000;
}

/** Serves the fixture's build with `next start` on a free loopback port, once it answers. */
export async function startFixtureSite(options: FixtureSiteOptions): Promise<FixtureSite> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...envOf(options), WINGFIELD_DEV_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let waited = 0; ; waited += 250) {
    if (await fetch(`${url}/api/environments`).then((response) => response.ok, () => false)) return { url, stop };
    if (server.exitCode !== null || waited > 90_000) {
      stop();
      throw new Error(`the site of ${options.document} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
