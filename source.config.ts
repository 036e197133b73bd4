import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { codeThemes } from './lib/code-themes';

export const docs = defineDocs({
  dir: 'content',
  // the guides' Markdown, served at <page>.md and in llms-full.txt
  docs: { postprocess: { includeProcessedMarkdown: true } },
});

export default defineConfig({
  mdxOptions: {
    rehypeCodeOptions: { themes: codeThemes },
  },
});
