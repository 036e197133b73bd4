import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { codeThemes } from './lib/code-themes';

export const docs = defineDocs({
  dir: 'content',
  // the guides' Markdown, served at <page>.md and in llms-full.txt
  docs: { postprocess: { includeProcessedMarkdown: true } },
});

export default defineConfig({
  mdxOptions: {
    // read every line to the end, as lib/highlight-code.ts does: the same colours however busy the build machine
    rehypeCodeOptions: { themes: codeThemes, tokenizeTimeLimit: 0 },
  },
});
