/** A server variable as the panel offers it: a select when it has an `enum`, a text field otherwise. */
export interface ServerVariable {
  default: string;
  enum?: string[];
  description?: string;
}

/** Where a URL lies when a server template produces it: the origin and the base path it resolves to. */
export interface ServerMatch {
  origin: string;
  basePath: string;
  values: Record<string, string>;
}

/** A document's server URL with `{variables}`, and the check of which URLs it can produce. */
export interface ServerTemplate {
  /** The URL as written, `https://{region}.api.example.com/{version}`, trailing slash dropped. */
  url: string;
  variables: Record<string, ServerVariable>;
  /** Whether `url` is one that the template produces with allowed values, and where it lies. */
  match(url: URL): ServerMatch | undefined;
}

/**
 * A free-text value in the scheme and authority is one DNS label (or a port's digits, which are
 * labels too): `{tenant}.example.com` can become `acme.example.com`, never
 * `evil.com/x.example.com`, `evil.com#.example.com` or `user@evil.com`.
 */
const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A free-text value in the path is one segment: no separator, no query or fragment. */
const pathSegment = '[^/\\\\?#]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The variables as the panel shows them: strings, the default one of the enum (the first when it is not). */
function readVariables(raw: Record<string, { default?: unknown; enum?: unknown; description?: unknown }> | undefined): Record<string, ServerVariable> {
  const variables: Record<string, ServerVariable> = {};
  for (const [name, variable] of Object.entries(raw ?? {})) {
    const values = Array.isArray(variable.enum) ? variable.enum.map(String) : undefined;
    const fallback = variable.default === undefined ? '' : String(variable.default);
    const chosen = values?.length && !values.includes(fallback) ? values[0] : fallback;
    variables[name] = {
      default: chosen,
      ...(values?.length ? { enum: values } : {}),
      ...(typeof variable.description === 'string' ? { description: variable.description } : {}),
    };
  }
  return variables;
}

/** The template's URL with each variable replaced by `values`, or its default. */
export function resolveServerTemplate(url: string, variables: Record<string, ServerVariable>, values: Record<string, string> = {}): string {
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => values[name] ?? variables[name]?.default ?? whole);
}

/**
 * Compiles a document's absolute server URL into the check of the URLs it produces: each
 * `{variable}` with an `enum` matches one of its values exactly, and one without matches a single
 * host label in the authority or a single path segment in the path. The URL that results is
 * parsed again and must land on the same origin and under the same path, so a value that a
 * parser would read otherwise never matches. `undefined` for a relative URL, or a variable that
 * the document does not declare.
 */
export function createServerTemplate(server: { url: string; variables?: Record<string, { default?: unknown; enum?: unknown; description?: unknown }> }): ServerTemplate | undefined {
  const url = server.url.replace(/\/+$/, '');
  const variables = readVariables(server.variables);
  const authorityEnd = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0].length;
  if (!authorityEnd) return undefined;
  const names: string[] = [];
  let declared = true;
  const pattern = (part: string, free: string) =>
    part
      .split(/(\{[^}]+\})/)
      .map((piece) => {
        const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
        if (name === undefined) return escapeRegExp(piece);
        const variable = variables[name];
        if (!variable) declared = false;
        names.push(name);
        const values = variable?.enum?.map((value) => escapeRegExp(free === hostLabel ? value.toLowerCase() : value));
        return `(${values ? values.join('|') : free})`;
      })
      .join('');
  const source = `^${pattern(url.slice(0, authorityEnd).toLowerCase(), hostLabel)}${pattern(url.slice(authorityEnd), pathSegment)}(?=/)`;
  if (!declared) return undefined;
  const compiled = new RegExp(source, 's');

  return {
    url,
    variables,
    match(target) {
      const written = `${target.protocol}//${target.host}${target.pathname}`;
      const found = compiled.exec(written);
      if (!found) return undefined;
      const values: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        if (values[name] !== undefined && values[name] !== found[index + 1]) return undefined;
        values[name] = found[index + 1];
      }
      let resolved: URL;
      try {
        resolved = new URL(resolveServerTemplate(url, variables, values));
      } catch {
        return undefined;
      }
      const basePath = resolved.pathname.replace(/\/+$/, '');
      if (resolved.origin !== target.origin || !target.pathname.startsWith(`${basePath}/`)) return undefined;
      return { origin: resolved.origin, basePath, values };
    },
  };
}
