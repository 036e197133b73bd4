import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../scripts/free-port.mjs';

/**
 * A production build of the site from a fixture document, for specs whose pages the project's
 * document does not have. It builds into `.next-e2e-<name>` (its own `NEXT_DIST_DIR`), with
 * lib/generated compiled for the fixture and compiled back for the project's document afterwards,
 * as `scripts/build-corpus-sites.ts` does. One such build runs at a time (a lock folder), since
 * lib/generated is one for the whole checkout. It costs one `next build` of a small document
 * (half a minute on a quiet machine, minutes on a busy one), so a build is reused while the
 * fixture (the document and its `releases/`) and the project's own build are unchanged.
 */

export interface FixtureSite {
  url: string;
  stop: () => void;
}

const lock = '.next-e2e-build.lock';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** Whether the build that holds the lock is still running: a run that was killed leaves its lock behind. */
function lockHolderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(`${lock}/pid`, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `build` while no other fixture build runs, in this process or another worker: every one
 * of them compiles lib/generated for its own document, and a build beside it would read those.
 */
export async function withBuildLock<T>(build: () => Promise<T> | T): Promise<T> {
  for (let waited = 0; ; waited += 1000) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      break;
    } catch {
      // the holder may not have written its pid yet: only a lock older than that is taken over
      if (waited > 5_000 && !lockHolderAlive()) rmSync(lock, { recursive: true, force: true });
      else if (waited > 900_000) throw new Error(`${lock} has been held for 15 minutes by process ${readFileSync(`${lock}/pid`, 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** What a build depends on besides the code: the document, its releases, and the project's own build of the code. */
function stampOf(document: string): string {
  const releases = path.join(path.dirname(document), 'releases');
  const hash = createHash('sha256');
  for (const file of [document, ...(existsSync(releases) ? filesUnder(releases).sort() : [])]) hash.update(file).update(readFileSync(file));
  hash.update(existsSync('.next/BUILD_ID') ? readFileSync('.next/BUILD_ID') : 'none');
  return hash.digest('hex');
}

/** Builds the site from `document` into its own folder, unless it is built already from the same; lib/generated and tsconfig.json are the project's again afterwards. */
export async function buildFixtureSite(name: string, document: string): Promise<string> {
  const distDir = `.next-e2e-${name}`;
  const stampFile = path.join(distDir, 'fixture-stamp');
  const env = { ...process.env, WINGFIELD_OPENAPI: path.resolve(document), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  await withBuildLock(async () => {
    const stamp = stampOf(document);
    if (existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
    // next build adds its distDir's types to tsconfig.json and may rewrite next-env.d.ts; the project's files stay as they are
    const kept = ['tsconfig.json', 'next-env.d.ts'].filter((file) => existsSync(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
    try {
      rmSync(distDir, { recursive: true, force: true });
      // a fixture's releases are checked as the project's are, before its pages are made from them
      await run('npx', ['tsx', 'scripts/check-openapi.ts'], env);
      await run('npx', ['tsx', 'scripts/generate-validators.ts'], env);
      await run('npx', ['next', 'build'], env);
      writeFileSync(stampFile, stamp);
    } finally {
      for (const [file, text] of kept) writeFileSync(file, text);
      const { WINGFIELD_OPENAPI: _document, NEXT_DIST_DIR: _distDir, ...projectEnv } = process.env;
      await run('npx', ['tsx', 'scripts/generate-validators.ts'], projectEnv);
    }
  });
  return distDir;
}

/** `next start` of a fixture build on a free port of loopback, ready when `/api/environments` answers. */
export async function startFixtureSite(distDir: string, document: string, env: Record<string, string>): Promise<FixtureSite> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, WINGFIELD_OPENAPI: path.resolve(document), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (site.exitCode === null && site.pid) process.kill(-site.pid, 'SIGTERM');
  };
  for (let waited = 0; ; waited += 500) {
    if (site.exitCode !== null) throw new Error(`next start of ${distDir} exited (${site.exitCode})`);
    const ready = await fetch(`${url}/api/environments`).then((response) => response.ok, () => false);
    if (ready) return { url, stop };
    if (waited > 90_000) {
      stop();
      throw new Error(`the site of ${distDir} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
