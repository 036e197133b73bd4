/** One operation of the document as the proxy needs it: where, how, and which parameters travel as headers and cookies. */
export interface ProxyOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** The document's path template, `/api/v1/users/{userId}`. */
  path: string;
  /** Names of the operation's header parameters. */
  headers?: readonly string[];
  /** Names of the operation's cookie parameters. */
  cookies?: readonly string[];
  /** Where the API key schemes that the operation declares put their keys: only these travel. */
  credentials?: ProxyCredentials;
}

/** The names of the API keys of an operation's security schemes, by where each goes. */
export interface ProxyCredentials {
  headers?: readonly string[];
  query?: readonly string[];
  cookies?: readonly string[];
}

export type OperationMatch<T extends ProxyOperation> =
  | { ok: true; operation: T }
  /** `methods`: what the templates that match the path allow, empty when no template does. */
  | { ok: false; methods: string[] };

interface CompiledTemplate {
  template: string;
  segments: RegExp[];
  parameters: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `{courtId}` matches a whole segment, `{name}.json` part of one; literals as written. */
function compile(template: string): CompiledTemplate {
  let parameters = 0;
  const segments = template.split('/').map((segment) => {
    const source = segment
      .split(/(\{[^}]+\})/)
      .map((piece) => {
        if (!/^\{[^}]+\}$/.test(piece)) return escapeRegExp(piece);
        parameters++;
        return '(?:.+?)';
      })
      .join('');
    return new RegExp(`^${source}$`, 's');
  });
  return { template, segments, parameters };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether a normalised path (`URL.pathname`, percent-encoded) is an instance of the template, segment by segment. */
function matches(compiled: CompiledTemplate, segments: string[]): boolean {
  return compiled.segments.length === segments.length && compiled.segments.every((pattern, i) => pattern.test(segments[i]));
}

/**
 * Finds the document's operation of a method and a normalised path below the server's base path:
 * `GET /api/v1/users/42` → `GET /api/v1/users/{userId}`. Literal segments win over parameters
 * (`/users/me` over `/users/{userId}`), as OpenAPI asks. A parameter matches one non-empty
 * segment, never a `/`, and segments are compared decoded (`%41` is `A`).
 */
export function createOperationMatcher<T extends ProxyOperation>(operations: readonly T[]): (pathname: string, method: string) => OperationMatch<T> {
  const byTemplate = new Map<string, T[]>();
  for (const operation of operations) byTemplate.set(operation.path, [...(byTemplate.get(operation.path) ?? []), operation]);
  const compiled = [...byTemplate.keys()].map(compile).sort((a, b) => a.parameters - b.parameters);
  return (pathname, method) => {
    const segments = pathname.split('/').map(decoded);
    const methods: string[] = [];
    for (const candidate of compiled) {
      if (!matches(candidate, segments)) continue;
      const sameTemplate = byTemplate.get(candidate.template)!;
      const operation = sameTemplate.find((op) => op.method.toUpperCase() === method);
      if (operation) return { ok: true, operation };
      methods.push(...sameTemplate.map((op) => op.method.toUpperCase()).filter((m) => !methods.includes(m)));
    }
    return { ok: false, methods };
  };
}

/**
 * Finds the document's path template of a request path: `/api/v1/users/42` →
 * `/api/v1/users/{userId}`, so that logs group requests by endpoint and never hold IDs.
 * Literal segments win over parameters (`/users/me` over `/users/{userId}`).
 */
export function createPathTemplateMatcher(templates: readonly string[], basePath = ''): (pathname: string) => string | undefined {
  const compiled = [...new Set(templates)].map(compile).sort((a, b) => a.parameters - b.parameters);
  return (pathname) => {
    // a server's base path (`https://api.example.com/v1`) comes before every template
    if (basePath) {
      if (!pathname.startsWith(`${basePath}/`)) return undefined;
      pathname = pathname.slice(basePath.length);
    }
    const segments = pathname.replace(/(?<=.)\/$/, '').split('/').map(decoded);
    return compiled.find((candidate) => matches(candidate, segments))?.template;
  };
}
