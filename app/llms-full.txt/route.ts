import { llmsFull } from '@/lib/markdown/llms';
import { pagesInOrder } from '@/lib/source';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await llmsFull(pagesInOrder()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
