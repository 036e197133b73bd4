import { getApiModel } from './endpoints';

export interface ApiEnvironment {
  id: string;
  label: string;
  /**
   * Where requests go: the origin followed by the base path of the document's server
   * (`https://api.example.com/v1`). When the document's server is relative (`/api/v1`) and
   * `WINGFIELD_DEV_URL` is not set, Dev has no origin and this is the path alone, as written.
   */
  baseUrl: string;
  /** Scheme, host and port, which the proxy allows exactly; absent when Dev has none (see above). */
  origin?: string;
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
 * The path part of the document's server URL, without a trailing slash: `''` for
 * `https://api.github.com`, `/v1` for `https://api.example.com/v1/` and for `/v1`.
 */
export function serverBasePath(serverUrl: string): string {
  let pathname: string;
  try {
    pathname = new URL(serverUrl, 'http://relative.invalid').pathname;
  } catch {
    pathname = '/';
  }
  return pathname.replace(/\/+$/, '');
}

function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

/**
 * The environments an integrator can call, read from the process environment each time:
 * - "Dev", the document's server, replaced by `WINGFIELD_DEV_URL` (staging, a local mock);
 * - more from `WINGFIELD_ENVIRONMENTS`, as `Label=https://host,Other=https://host2`.
 * Only these origins are ever called through the proxy; the browser cannot add one.
 */
export function getEnvironments(): ApiEnvironment[] {
  const devUrl = process.env.WINGFIELD_DEV_URL?.trim();
  const serverUrl = getApiModel().serverUrl;
  const basePath = serverBasePath(serverUrl);
  const devOrigin = devUrl
    ? originOf(devUrl, 'WINGFIELD_DEV_URL')
    : isAbsolute(serverUrl)
      ? originOf(serverUrl, 'servers[0].url')
      : undefined;
  const environments: ApiEnvironment[] = [
    devOrigin
      ? { id: 'dev', label: 'Dev', baseUrl: devOrigin + basePath, origin: devOrigin }
      : { id: 'dev', label: 'Dev', baseUrl: basePath || '/' },
  ];
  for (const entry of (process.env.WINGFIELD_ENVIRONMENTS ?? '').split(',')) {
    if (!entry.trim()) continue;
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new Error(`WINGFIELD_ENVIRONMENTS: "${entry}" is not Label=URL`);
    const label = entry.slice(0, separator).trim();
    const origin = originOf(entry.slice(separator + 1).trim(), 'WINGFIELD_ENVIRONMENTS');
    const id = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (!environments.some((e) => e.id === id || e.origin === origin)) environments.push({ id, label, baseUrl: origin + basePath, origin });
  }
  return environments;
}

/**
 * The API's base URL as the document publishes it (`servers[0]`), for what is written once and read
 * by everyone: endpoint pages and their samples, Markdown twins, llms-full.txt. Never
 * `WINGFIELD_DEV_URL`: that names where this process sends try-it requests, and a site built with it
 * pointing at a mock and then run elsewhere would show the mock's host in its text.
 */
export function documentedBaseUrl(): string {
  return getApiModel().serverUrl.replace(/\/+$/, '') || '/';
}

export function getDefaultEnvironment(): ApiEnvironment {
  return getEnvironments()[0];
}
