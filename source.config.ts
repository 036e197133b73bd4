import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { codeThemes } from './lib/code-themes';

export const docs = defineDocs({
  dir: 'content',
});

export default defineConfig({
  mdxOptions: {
    rehypeCodeOptions: { themes: codeThemes },
  },
});
