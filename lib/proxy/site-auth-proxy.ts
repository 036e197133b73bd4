import { getApiModel, type ApiModel } from '../endpoints';
import { createAuthProxy, withAuthLog } from './auth-proxy';
import { documentAuthTargets, readAuthOrigins } from './auth-targets';
import type { ProxyHandler } from './create-proxy';
import { readProxySettings } from './proxy-settings';
import { createProxyLogger } from './request-log';
import { withSiteRateLimit } from './site-proxy';

let built: { model: ApiModel; handler: ProxyHandler } | undefined;
let logger: ReturnType<typeof createProxyLogger> | undefined;

/**
 * The site's token proxy: the document's identity providers and `WINGFIELD_AUTH_ORIGINS`, the
 * proxy's time limit, a rate limit of its own in the proxy's store (per trusted address, and a
 * ceiling per instance, as the MCP server's) and one log line per request. Made again when the
 * document changes under `next dev`.
 */
export function getSiteAuthProxy(): ProxyHandler {
  const model = getApiModel();
  if (built?.model === model) return built.handler;
  const settings = readProxySettings();
  const operatorOrigins = readAuthOrigins();
  const targets = { ...documentAuthTargets(model.endpoints.flatMap((endpoint) => endpoint.security.alternatives.flat())), operatorOrigins };
  logger ??= createProxyLogger({ name: 'token-proxy' });
  const proxy = createAuthProxy({ targets: () => targets, timeoutMs: settings.timeoutMs });
  const handler = withAuthLog(withSiteRateLimit(proxy, 'oauth', 'The token proxy'), logger);
  built = { model, handler };
  return handler;
}
