import { getApiModel } from './endpoints';

export interface ApiEnvironment {
  id: string;
  label: string;
  /** Origin only (scheme, host, port): the proxy allows exactly these. */
  baseUrl: string;
}

function originOf(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable}: "${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable}: "${value}" is not an http(s) URL`);
  return url.origin;
}

/**
 * The environments an integrator can call, read from the process environment each time:
 * - "Dev", the document's server, replaced by `WINGFIELD_DEV_URL` (staging, a local mock);
 * - more from `WINGFIELD_ENVIRONMENTS`, as `Label=https://host,Other=https://host2`.
 * Only these origins are ever called through the proxy; the browser cannot add one.
 */
export function getEnvironments(): ApiEnvironment[] {
  const devUrl = process.env.WINGFIELD_DEV_URL?.trim();
  const environments: ApiEnvironment[] = [
    {
      id: 'dev',
      label: 'Dev',
      baseUrl: devUrl ? originOf(devUrl, 'WINGFIELD_DEV_URL') : originOf(getApiModel().serverUrl, 'servers[0].url'),
    },
  ];
  for (const entry of (process.env.WINGFIELD_ENVIRONMENTS ?? '').split(',')) {
    if (!entry.trim()) continue;
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new Error(`WINGFIELD_ENVIRONMENTS: "${entry}" is not Label=URL`);
    const label = entry.slice(0, separator).trim();
    const baseUrl = originOf(entry.slice(separator + 1).trim(), 'WINGFIELD_ENVIRONMENTS');
    const id = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (!environments.some((e) => e.id === id || e.baseUrl === baseUrl)) environments.push({ id, label, baseUrl });
  }
  return environments;
}

export function getDefaultEnvironment(): ApiEnvironment {
  return getEnvironments()[0];
}
