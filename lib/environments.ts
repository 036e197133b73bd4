import { getApiModel } from './endpoints';
import type { ProxyEnvironment } from './proxy/target-url';

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

interface ReadEnvironment extends ApiEnvironment {
  /** Named by the operator (`WINGFIELD_DEV_URL`, `WINGFIELD_ENVIRONMENTS`), not by the document alone. */
  trusted: boolean;
}

function readEnvironments(): ReadEnvironment[] {
  const devUrl = process.env.WINGFIELD_DEV_URL?.trim();
  const serverUrl = getApiModel().serverUrl;
  const basePath = serverBasePath(serverUrl);
  const devOrigin = devUrl
    ? originOf(devUrl, 'WINGFIELD_DEV_URL')
    : isAbsolute(serverUrl)
      ? originOf(serverUrl, 'servers[0].url')
      : undefined;
  const environments: ReadEnvironment[] = [
    devOrigin
      ? { id: 'dev', label: 'Dev', baseUrl: devOrigin + basePath, origin: devOrigin, trusted: Boolean(devUrl) }
      : { id: 'dev', label: 'Dev', baseUrl: basePath || '/', trusted: false },
  ];
  for (const entry of (process.env.WINGFIELD_ENVIRONMENTS ?? '').split(',')) {
    if (!entry.trim()) continue;
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new Error(`WINGFIELD_ENVIRONMENTS: "${entry}" is not Label=URL`);
    const label = entry.slice(0, separator).trim();
    const origin = originOf(entry.slice(separator + 1).trim(), 'WINGFIELD_ENVIRONMENTS');
    const id = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const same = environments.find((e) => e.id === id || e.origin === origin);
    // the operator named this origin too: it is trusted, whichever entry shows it
    if (same?.origin === origin) same.trusted = true;
    if (!same) environments.push({ id, label, baseUrl: origin + basePath, origin, trusted: true });
  }
  return environments;
}

/**
 * The environments an integrator can call, read from the process environment each time:
 * - "Dev", the document's server, replaced by `WINGFIELD_DEV_URL` (staging, a local mock);
 * - more from `WINGFIELD_ENVIRONMENTS`, as `Label=https://host,Other=https://host2`.
 * Only these origins are ever called through the proxy; the browser cannot add one.
 */
export function getEnvironments(): ApiEnvironment[] {
  return readEnvironments().map(({ trusted: _trusted, ...environment }) => environment);
}

/**
 * The environments as the proxy checks them: origin, the base path every target lies under, and
 * whether the operator named the origin. Dev from the document's server alone, without
 * `WINGFIELD_DEV_URL`, is not trusted: a document someone else wrote could name
 * `http://localhost:6379` or `http://169.254.169.254`, so it is called on public addresses only.
 */
export function getProxyEnvironments(): ProxyEnvironment[] {
  const basePath = serverBasePath(getApiModel().serverUrl);
  return readEnvironments().flatMap(({ origin, trusted }) => (origin ? [{ origin, basePath, trusted }] : []));
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
