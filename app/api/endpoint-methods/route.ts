import { endpointMethods } from '@/lib/endpoints/endpoint-methods';

export const dynamic = 'force-static';

/** Page URL → HTTP method, for the badges of search results (fetched when search is opened). */
export function GET() {
  return Response.json(endpointMethods());
}
