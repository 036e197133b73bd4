/**
 * Finds the document's path template of a request path: `/api/v1/users/42` →
 * `/api/v1/users/{userId}`, so that logs group requests by endpoint and never hold IDs.
 * Literal segments win over parameters (`/users/me` over `/users/{userId}`).
 */
export function createPathTemplateMatcher(templates: readonly string[]): (pathname: string) => string | undefined {
  const patterns = [...new Set(templates)]
    .map((template) => {
      const segments = template.split('/');
      const source = segments
        .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return { template, pattern: new RegExp(`^${source}/?$`), parameters: segments.filter((s) => s.startsWith('{')).length };
    })
    .sort((a, b) => a.parameters - b.parameters);
  return (pathname) => patterns.find(({ pattern }) => pattern.test(pathname))?.template;
}
