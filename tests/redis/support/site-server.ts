import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { whenReady } from '../../support/ready';
import { freePort } from './redis-server';

const root = path.resolve(import.meta.dirname, '../../..');

export function hasProductionBuild(): boolean {
  return existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'));
}

export interface SiteServer {
  url: string;
  /** Everything the server wrote to standard output: its JSON log lines among others. */
  output: () => string;
  /** The JSON lines of its log. */
  logLines: () => Record<string, unknown>[];
  stop(): Promise<void>;
}

/** `next start` of the production build on a free loopback port, with `env` added. */
export async function startSite(env: Record<string, string>): Promise<SiteServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', WINGFIELD_ENVIRONMENTS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await whenReady(child, () => output, 60_000);
  const health = await fetch(`${url}/api/environments`);
  if (!health.ok) throw new Error(`next start answers ${health.status} on /api/environments:\n${output}`);
  return {
    url,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A stand-in for dev that answers every request with a small JSON body. */
export async function startUpstream(): Promise<{ url: string; server: Server; count: () => number }> {
  let count = 0;
  const server = createServer((req, res) => {
    count++;
    req.resume();
    req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[]}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server, count: () => count };
}
