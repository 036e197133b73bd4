import { getApiModel } from './index';

/** Page URL → HTTP method of every endpoint, webhook and callback page. */
export function endpointMethods(): Record<string, string> {
  const { endpoints, webhooks, callbacks } = getApiModel();
  return Object.fromEntries([...endpoints, ...webhooks, ...callbacks].map((page) => [page.url, page.method]));
}
