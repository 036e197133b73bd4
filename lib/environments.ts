import { getApiModel } from './endpoints';
import type { ProxyEnvironment } from './proxy/target-url';
import { createServerTemplate, resolveServerTemplate, type ServerTemplate, type ServerVariable } from './server-template';

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
  /**
   * A document's server with `{variables}`: `baseUrl` is then its template
   * (`https://{region}.api.example.com/{version}`) and `origin` that of its defaults.
   */
  variables?: Record<string, ServerVariable>;
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
  /** The path every target lies under: the server's own, with its defaults. */
  basePath: string;
  template?: ServerTemplate;
}

/** `WINGFIELD_DOCUMENT_SERVERS=0`: only Dev (the first server, its variables at their defaults) and the operator's environments. */
function documentServersOffered(): boolean {
  const value = process.env.WINGFIELD_DOCUMENT_SERVERS?.trim();
  if (value === undefined || value === '' || value === '1') return true;
  if (value === '0') return false;
  throw new Error(`WINGFIELD_DOCUMENT_SERVERS: "${value}" is not 0 or 1`);
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'server';
}

/** An environment of a document's server: with its variables when it has some, none when it is relative. */
function serverEnvironment(id: string, label: string, server: { url: string; variables?: Record<string, { default?: unknown; enum?: unknown }> }): ReadEnvironment | undefined {
  const template = createServerTemplate(server);
  if (!template) return undefined;
  const resolved = resolveServerTemplate(template.url, template.variables);
  if (!isAbsolute(resolved)) return undefined;
  const origin = originOf(resolved, 'servers[].url');
  const basePath = serverBasePath(resolved);
  const variable = Object.keys(template.variables).length > 0 && /\{[^}]+\}/.test(template.url);
  return variable
    ? { id, label, baseUrl: template.url, origin, variables: template.variables, trusted: false, basePath, template }
    : { id, label, baseUrl: origin + basePath, origin, trusted: false, basePath };
}

let read: { model: ReturnType<typeof getApiModel>; settings: string; environments: ReadEnvironment[] } | undefined;

/**
 * The environments of the process environment now: read again when a setting or the document
 * changes, not on every request (the proxy and its log both ask for each request).
 */
function readEnvironments(): ReadEnvironment[] {
  const model = getApiModel();
  const settings = JSON.stringify([process.env.WINGFIELD_DEV_URL, process.env.WINGFIELD_ENVIRONMENTS, process.env.WINGFIELD_DOCUMENT_SERVERS]);
  if (read?.model !== model || read.settings !== settings) read = { model, settings, environments: environmentsOf(model) };
  return read.environments;
}

function environmentsOf(model: ReturnType<typeof getApiModel>): ReadEnvironment[] {
  const devUrl = process.env.WINGFIELD_DEV_URL?.trim();
  const serverUrl = model.serverUrl;
  const basePath = serverBasePath(serverUrl);
  const offered = documentServersOffered();
  const servers = (model.document.servers ?? []).filter((server) => typeof server?.url === 'string');
  const dev = devUrl
    ? { id: 'dev', label: 'Dev', baseUrl: originOf(devUrl, 'WINGFIELD_DEV_URL') + basePath, origin: originOf(devUrl, 'WINGFIELD_DEV_URL'), trusted: true, basePath }
    : ((offered && servers[0] ? serverEnvironment('dev', 'Dev', servers[0]) : undefined) ??
      (isAbsolute(serverUrl)
        ? { id: 'dev', label: 'Dev', baseUrl: originOf(serverUrl, 'servers[0].url') + basePath, origin: originOf(serverUrl, 'servers[0].url'), trusted: false, basePath }
        : { id: 'dev', label: 'Dev', baseUrl: basePath || '/', trusted: false, basePath }));
  const environments: ReadEnvironment[] = [dev];
  for (const entry of (process.env.WINGFIELD_ENVIRONMENTS ?? '').split(',')) {
    if (!entry.trim()) continue;
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new Error(`WINGFIELD_ENVIRONMENTS: "${entry}" is not Label=URL`);
    const label = entry.slice(0, separator).trim();
    const origin = originOf(entry.slice(separator + 1).trim(), 'WINGFIELD_ENVIRONMENTS');
    const id = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const same = environments.find((e) => e.id === id || (!e.template && e.origin === origin));
    // the operator named this origin too: it is trusted, whichever entry shows it
    if (same?.origin === origin) same.trusted = true;
    if (!same) environments.push({ id, label, baseUrl: origin + basePath, origin, trusted: true, basePath });
  }
  if (!offered) return environments;
  // the document's other servers, after the operator's: each one once, under a label of its own
  servers.slice(1).forEach((server, index) => {
    const label = (typeof server.description === 'string' && server.description.trim()) || `Server ${index + 2}`;
    let id = slug(label);
    for (let n = 2; environments.some((e) => e.id === id); n++) id = `${slug(label)}-${n}`;
    const environment = serverEnvironment(id, label, server);
    if (!environment || environments.some((e) => e.baseUrl === environment.baseUrl)) return;
    // the operator named this origin: a server there without variables is called as they named it
    if (!environment.template && environments.some((e) => e.trusted && !e.template && e.origin === environment.origin)) environment.trusted = true;
    environments.push(environment);
  });
  return environments;
}

/**
 * The environments an integrator can call, as the process environment names them now:
 * - "Dev", the document's server, replaced by `WINGFIELD_DEV_URL` (staging, a local mock);
 * - more from `WINGFIELD_ENVIRONMENTS`, as `Label=https://host,Other=https://host2`;
 * - the document's other servers, labelled by their description, unless `WINGFIELD_DOCUMENT_SERVERS=0`.
 * A server with `{variables}` (Dev too, without `WINGFIELD_DEV_URL`) keeps its template and its
 * variables, for the panel to offer. Only these are ever called through the proxy, a template
 * with the values it allows (see `server-template.ts`); the browser cannot add one.
 */
export function getEnvironments(): ApiEnvironment[] {
  return readEnvironments().map(({ trusted: _trusted, basePath: _basePath, template: _template, ...environment }) => environment);
}

/**
 * The environments as the proxy checks them: origin, the base path every target lies under, and
 * whether the operator named the origin. Dev from the document's server alone, without
 * `WINGFIELD_DEV_URL`, is not trusted: a document someone else wrote could name
 * `http://localhost:6379` or `http://169.254.169.254`, so it is called on public addresses only.
 */
export function getProxyEnvironments(): ProxyEnvironment[] {
  return readEnvironments().flatMap(({ origin, basePath, trusted, template }) => (origin ? [{ origin, basePath, trusted, ...(template ? { template } : {}) }] : []));
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
