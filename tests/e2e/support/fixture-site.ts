import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../../../scripts/free-port.mjs';

/**
 * A site built from another document than the project's, into a build folder of its own: its
 * pages, slices and validators are that document's. Building it regenerates lib/generated for
 * that document, and for the project's again afterwards, as scripts/build-corpus-sites.ts does;
 * `next build` also writes its folder into tsconfig.json, which is put back as it was.
 */
export interface FixtureSite {
  url: string;
  stop: () => Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

export async function buildFixtureSite(document: string, distDir: string): Promise<void> {
  const env = { ...process.env, WINGFIELD_OPENAPI: document, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  rmSync(distDir, { recursive: true, force: true });
  try {
    await run('npx', ['tsx', 'scripts/generate-validators.ts'], env);
    await run('npx', ['next', 'build'], env);
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
    // lib/generated belongs to the project's document
    const { WINGFIELD_OPENAPI: _document, NEXT_DIST_DIR: _dist, ...projectEnv } = process.env;
    await run('npx', ['tsx', 'scripts/generate-validators.ts'], projectEnv);
  }
}

/** `next start` on a fixture build, on a free loopback port, with the settings given; ready when its environments answer. */
export async function startFixtureSite(document: string, distDir: string, settings: Record<string, string>): Promise<FixtureSite> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, WINGFIELD_OPENAPI: document, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...settings },
    stdio: 'ignore',
    detached: true,
  });
  const stop = async () => {
    if (site.exitCode === null && site.pid) process.kill(-site.pid, 'SIGTERM');
  };
  for (let waited = 0; ; waited += 500) {
    if (site.exitCode !== null) throw new Error(`next start on ${distDir} exited with ${site.exitCode}`);
    const ready = await fetch(`${url}/api/environments`).then((r) => r.ok, () => false);
    if (ready) return { url, stop };
    if (waited > 90_000) {
      await stop();
      throw new Error(`next start on ${distDir} did not answer in 90 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
