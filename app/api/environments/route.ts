import { getEnvironments } from '@/lib/environments';

export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(getEnvironments(), { headers: { 'Cache-Control': 'no-store' } });
}
