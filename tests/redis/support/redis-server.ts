import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../scripts/free-port.mjs';

/** `redis-server` from `REDIS_SERVER_PATH` or the `PATH`; undefined when it is not installed. */
export function redisServerPath(): string | undefined {
  if (process.env.REDIS_SERVER_PATH) return existsSync(process.env.REDIS_SERVER_PATH) ? process.env.REDIS_SERVER_PATH : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'redis-server');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const installRedisHint = 'install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_SERVER_PATH';

/**
 * Whether the Redis tests run here. Without `redis-server` they are skipped with a note naming
 * them; under CI its absence is a failure, so that CI never passes without having run them.
 */
export function redisTestsEnabled(suite: string): boolean {
  if (redisServerPath()) return true;
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`redis-server is missing, and CI must run "${suite}": ${installRedisHint}`);
  console.warn(`Skipped "${suite}": redis-server is not installed; ${installRedisHint}.`);
  return false;
}

export { freePort };

export interface RedisProcess {
  port: number;
  url: string;
  /** Kills it (SIGKILL: as if the host went away) and waits until it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

async function launch(binary: string, port: number): Promise<ChildProcess> {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${port}:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/**
 * A real `redis-server` on a free loopback port, without persistence; or on `port`, for a Redis
 * that appears where the site already expects one.
 */
export async function startRedis(port?: number): Promise<RedisProcess> {
  const binary = redisServerPath();
  if (!binary) throw new Error(`redis-server is missing: ${installRedisHint}`);
  let chosen = port ?? 0;
  let child: ChildProcess | undefined;
  // another process may take the free port before redis-server binds it: try another
  for (let attempt = 0; !child; attempt++) {
    if (port === undefined) chosen = await freePort();
    try {
      child = await launch(binary, chosen);
    } catch (error) {
      if (port !== undefined || attempt >= 4) throw error;
    }
  }
  const bound = chosen;
  let current: ChildProcess = child;
  const kill = async () => {
    if (current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };
  return {
    port: bound,
    url: `redis://127.0.0.1:${bound}`,
    kill,
    async restart() {
      await kill();
      current = await launch(binary, bound);
    },
  };
}
