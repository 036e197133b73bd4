import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { structure } from 'fumadocs-core/mdx-plugins';

const contentDir = path.resolve(import.meta.dirname, '../../../content');

/**
 * A stand-in for `fumadocs-mdx:collections/server` outside Next.js: the guides with their title,
 * description, the structured data search indexes and their Markdown (unprocessed), read from the
 * MDX files themselves, so that tests of search and llms-full.txt see the real guides.
 */
export function guideCollection() {
  const dir = path.join(contentDir, 'partner-api');
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
      const front = Object.fromEntries(
        (match?.[1] ?? '').split('\n').map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
        }),
      ) as Record<string, string>;
      const body = match ? raw.slice(match[0].length) : raw;
      return {
        info: { path: `partner-api/${name}`, fullPath: path.join(dir, name) },
        title: front.title,
        description: front.description,
        structuredData: structure(body),
        getText: async () => body,
      };
    });
  return {
    docs: {
      toFumadocsSource: () => ({
        files: entries.map((entry) => ({ type: 'page' as const, path: entry.info.path, absolutePath: entry.info.fullPath, data: entry })),
      }),
    },
  };
}
