import { getApiModel } from '../endpoints';
import { getEnvironments } from '../environments';
import { createProxy, type ProxyHandler } from './create-proxy';

let handler: ProxyHandler | undefined;

/** The site's proxy: the configured environments, the document's methods and header parameters. */
export function getSiteProxy(): ProxyHandler {
  if (handler) return handler;
  const { endpoints } = getApiModel();
  handler = createProxy({
    allowedOrigins: () => getEnvironments().map((environment) => environment.baseUrl),
    allowedMethods: [...new Set(endpoints.map((endpoint) => endpoint.method))],
    extraRequestHeaders: [...new Set(endpoints.flatMap((endpoint) => endpoint.parameters.header.map((p) => p.name)))],
  });
  return handler;
}
