import { getApiModel } from './index';

/** Page URL → HTTP method of every endpoint page. */
export function endpointMethods(): Record<string, string> {
  return Object.fromEntries(getApiModel().endpoints.map((endpoint) => [endpoint.url, endpoint.method]));
}
