import { loadDocument } from '@/lib/openapi/load-document';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(loadDocument().raw);
}
