import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CanaryHit {
  method: string;
  url: string;
  host: string | undefined;
}

export interface Canary {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request that reached the canary, in order. */
  hits: CanaryHit[];
  close(): Promise<void>;
}

/**
 * A tiny HTTP server on a free loopback port that records every request reaching it: the target
 * of requests the proxy must refuse. Nothing should ever arrive.
 */
export async function startCanary(): Promise<Canary> {
  const hits: CanaryHit[] = [];
  const server = createServer((req, res) => {
    hits.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host });
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"canary":"reached"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
