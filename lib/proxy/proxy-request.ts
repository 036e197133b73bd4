import { createOperationMatcher, type ProxyOperation } from './path-template';
import { proxyError } from './proxy-error';
import { credentialCookieHeader, credentialQueryHeader } from './credential-transport';
import { upstreamCookieHeader, upstreamCredentialQuery } from './request-headers';
import { checkTargetUrl, type ProxyEnvironment } from './target-url';

/** A request to the proxy that may be sent: where, on whose word, as which operation, with which cookies. */
export interface CheckedProxyRequest {
  method: string;
  url: URL;
  environment: ProxyEnvironment;
  operation: ProxyOperation;
  /** The `Cookie` header for the API, from the operation's cookie parameters and the API keys of its schemes. */
  cookie?: string;
}

export type ProxyRequestCheck = { ok: true; request: CheckedProxyRequest } | { ok: false; refusal: Response };

/**
 * Every check of a proxy request that needs no network, in the order a reader would ask: a
 * method of the document, a `url`, an environment's origin with a safe path, under its base path,
 * a path template of the document with that method, and only the cookies that operation declares,
 * and only the API keys of the security schemes it declares.
 * A refusal is the answer to send, in the API's envelope.
 */
export function createProxyRequestCheck(
  operations: readonly ProxyOperation[],
): (request: Request, environments: readonly ProxyEnvironment[]) => ProxyRequestCheck {
  const methods = new Set(operations.map((operation) => operation.method.toUpperCase()));
  const matchOperation = createOperationMatcher(operations);
  const refuse = (refusal: Response): ProxyRequestCheck => ({ ok: false, refusal });

  return (request, environments) => {
    const method = request.method.toUpperCase();
    if (!methods.has(method)) {
      return refuse(
        proxyError(405, 'proxy_method_not_allowed', `${method} is not used by any endpoint of the API.`, {
          headers: { Allow: [...methods].join(', ') },
        }),
      );
    }

    const query = new URL(request.url).searchParams;
    const raw = query.get('url');
    if (!raw) return refuse(proxyError(400, 'proxy_missing_url', 'The `url` query parameter names the API URL to call.'));
    const target = checkTargetUrl(raw, environments);
    if (!target.ok) return refuse(proxyError(target.status, target.type, target.reason));

    const { url } = target;
    // the first environment under whose base path the document has this operation; else the first's refusal
    const tried = target.candidates.map((environment) => {
      const { basePath } = environment;
      if (!url.pathname.startsWith(`${basePath}/`)) return { environment, match: undefined };
      return { environment, match: matchOperation(url.pathname.slice(basePath.length), method) };
    });
    const chosen = tried.find((attempt) => attempt.match?.ok) ?? tried[0];
    const { environment, match } = chosen;
    const { basePath } = environment;
    if (!match) {
      return refuse(
        proxyError(
          404,
          'proxy_path_not_documented',
          `${url.pathname} is not under the API's base path ${basePath}; the proxy calls only the document's operations.`,
        ),
      );
    }
    if (!match.ok) {
      return refuse(
        match.methods.length
          ? proxyError(405, 'proxy_method_not_allowed', `The document describes ${match.methods.join(', ')} for ${url.pathname}, not ${method}.`, {
              headers: { Allow: match.methods.join(', ') },
            })
          : proxyError(404, 'proxy_path_not_documented', `${url.pathname} is not a path of any operation in the document; the proxy calls only those.`),
      );
    }

    const { operation } = match;
    const cookie = upstreamCookieHeader(query.get('cookie'), operation.cookies ?? []);
    if (!cookie.ok) return refuse(proxyError(400, 'proxy_cookie_not_allowed', cookie.reason));
    const credentials = operation.credentials ?? {};
    const keyCookie = upstreamCookieHeader(request.headers.get(credentialCookieHeader), credentials.cookies ?? [], 'the API key of a security scheme');
    if (!keyCookie.ok) return refuse(proxyError(400, 'proxy_credential_not_allowed', keyCookie.reason));
    const keyQuery = upstreamCredentialQuery(request.headers.get(credentialQueryHeader), credentials.query ?? []);
    if (!keyQuery.ok) return refuse(proxyError(400, 'proxy_credential_not_allowed', keyQuery.reason));
    // the key goes where its scheme says, in place of any value typed for a parameter of that name
    for (const [name, value] of keyQuery.pairs) url.searchParams.set(name, value);
    const cookies = [cookie.header, keyCookie.header].filter(Boolean).join('; ');
    return { ok: true, request: { method, url, environment, operation, cookie: cookies || undefined } };
  };
}
