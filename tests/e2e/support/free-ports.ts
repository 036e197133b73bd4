import { freePort, isFreePort } from '../../../scripts/free-port.mjs';

/** A free port whose `below` ports under it are free too (the mock's Prism and the "Offline" environment). */
export async function freePortRun(below: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await freePort();
    if (port - below < 1024) continue;
    const rest = await Promise.all(Array.from({ length: below }, (_, i) => isFreePort(port - 1 - i)));
    if (rest.every(Boolean)) return port;
  }
  throw new Error(`no free run of ${below + 1} loopback ports found`);
}
