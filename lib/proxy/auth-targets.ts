import type { AppliedScheme } from '../endpoints/security';

/** Where the token proxy may go: the identity providers of the document, and those the operator adds. */
export interface AuthTargets {
  /** Origins of the document's `tokenUrl`, `refreshUrl` and `openIdConnectUrl`: called on public addresses only. */
  documentOrigins: string[];
  /** `WINGFIELD_AUTH_ORIGINS`: called wherever they are, a provider on 127.0.0.1 included. */
  operatorOrigins: string[];
  /** The document's `openIdConnectUrl`s, exactly: the only URLs fetched with GET. */
  discoveryUrls: string[];
}

function absoluteHttpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The identity providers a document names: the token and refresh URLs and the OpenID Connect
 * discovery URL of every scheme its operations use. A relative or non-http(s) URL names none (the panel says so).
 */
export function documentAuthTargets(schemes: Iterable<Pick<AppliedScheme, 'flows' | 'openIdConnectUrl'>>): Omit<AuthTargets, 'operatorOrigins'> {
  const origins = new Set<string>();
  const discovery = new Set<string>();
  for (const scheme of schemes) {
    for (const flow of scheme.flows) {
      for (const url of [flow?.tokenUrl, flow?.refreshUrl].map(absoluteHttpUrl)) if (url) origins.add(url.origin);
    }
    const discoveryUrl = absoluteHttpUrl(scheme.openIdConnectUrl);
    if (discoveryUrl) {
      origins.add(discoveryUrl.origin);
      discovery.add(discoveryUrl.href);
    }
  }
  return { documentOrigins: [...origins], discoveryUrls: [...discovery] };
}

/** `WINGFIELD_AUTH_ORIGINS=https://login.example.com,http://127.0.0.1:9000`; a malformed entry throws, naming the variable. */
export function readAuthOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins: string[] = [];
  for (const entry of (env.WINGFIELD_AUTH_ORIGINS ?? '').split(',')) {
    const value = entry.trim();
    if (!value) continue;
    const url = absoluteHttpUrl(value);
    if (!url) throw new Error(`WINGFIELD_AUTH_ORIGINS: "${value}" is not an http(s) origin`);
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      throw new Error(`WINGFIELD_AUTH_ORIGINS: "${value}" is not an origin (scheme, host and port, nothing after)`);
    }
    origins.push(url.origin);
  }
  return origins;
}
