import { llmsIndex } from '@/lib/markdown/llms';
import { pagesInOrder } from '@/lib/source';

export const dynamic = 'force-static';

export function GET() {
  return new Response(llmsIndex(pagesInOrder()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
