import { getApiModel } from '@/lib/endpoints';
import { tryItPayload } from '@/lib/try-it/try-it-payload';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getApiModel().endpoints.map((endpoint) => ({ operationId: endpoint.key }));
}

/** One operation's slice of the document and contract, fetched when its try-it panel opens. */
export async function GET(_request: Request, { params }: { params: Promise<{ operationId: string }> }) {
  const payload = tryItPayload((await params).operationId);
  if (!payload) return Response.json({ error: 'unknown operation' }, { status: 404 });
  return Response.json(payload);
}
