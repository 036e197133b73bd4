import { createServer } from 'node:net';

/** Whether nothing listens on `port` on loopback now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the system has just handed out as free. */
function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A free port whose `below` ports under it are free too (the mock's Prism and the "Offline" environment). */
export async function freePortRun(below: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await anyFreePort();
    if (port - below < 1024) continue;
    const rest = await Promise.all(Array.from({ length: below }, (_, i) => isFree(port - 1 - i)));
    if (rest.every(Boolean)) return port;
  }
  throw new Error(`no free run of ${below + 1} loopback ports found`);
}
