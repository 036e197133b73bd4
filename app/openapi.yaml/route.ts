import { readFileSync } from 'node:fs';
import { loadDocument } from '@/lib/openapi/load-document';

export const dynamic = 'force-static';

/** The document exactly as written, comments included. */
export function GET() {
  const { file } = loadDocument();
  return new Response(readFileSync(file, 'utf8'), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8', 'Content-Disposition': 'inline; filename="wingfield-partner-api.yaml"' },
  });
}
