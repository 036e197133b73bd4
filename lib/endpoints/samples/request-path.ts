/**
 * A request's path and query as they go on the wire. The panel's requests, its code samples and
 * its history all take them from here, so that what they show is what was sent.
 */

/**
 * A path parameter's value as one segment (OpenAPI's `simple` style): every character a URL gives
 * a meaning to (`/`, `?`, `#`, `%`, space…) is percent-encoded, so that a value can neither leave
 * its segment nor add a query; an array's items and an object's entries are joined with commas.
 */
export function encodePathValue(value: unknown, explode = false): string {
  if (Array.isArray(value)) return value.map((item) => encodePathValue(item)).join(',');
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => [encodePathValue(key), encodePathValue(item)]);
    return (explode ? entries.map(([key, item]) => `${key}=${item}`) : entries.flat()).join(',');
  }
  // a lone surrogate cannot be encoded (encodeURIComponent throws): it goes as U+FFFD, shown as such
  return encodeURIComponent(String(value).toWellFormed());
}

/**
 * Why a path value cannot be sent, even encoded: URL parsers read a whole segment of `.` or `..`
 * (also written `%2e`) as a step in the path, and `..` would take the request to another endpoint.
 */
export function pathValueProblem(name: string, value: unknown): string | undefined {
  const segment = encodePathValue(value);
  if (segment !== '.' && segment !== '..') return undefined;
  return `the path parameter ${JSON.stringify(name)} is ${JSON.stringify(segment)}, which a URL reads as ${segment === '.' ? '"this level"' : '"one level up"'}, not as a value`;
}

/**
 * `/v1/courts/court%201/mapping?limit=5`: the template with each `{name}` replaced by its encoded
 * value (a name without a value stays as written, as the panel leaves it), then the query.
 */
export function requestPath(template: string, path: Record<string, unknown>, query: Record<string, string[]> = {}): string {
  const filled = template.replace(/\{([^{}]+)\}/g, (whole, name: string) =>
    Object.hasOwn(path, name) && path[name] !== undefined && path[name] !== null ? encodePathValue(path[name]) : whole,
  );
  const search = new URLSearchParams();
  for (const [name, values] of Object.entries(query)) for (const value of values) search.append(name, value);
  return search.size > 0 ? `${filled}?${search}` : filled;
}
