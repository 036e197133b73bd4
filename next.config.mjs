import { createMDX } from 'fumadocs-mdx/next';

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // a separate output folder lets tests build a broken document without touching the real build
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // the OpenAPI document is read from disk at build and at run time
  outputFileTracingIncludes: { '/**': ['./openapi/**/*'] },
  // every page is also Markdown at its URL + `.md`
  async rewrites() {
    return [
      { source: '/partner-api.md', destination: '/llms.md/partner-api' },
      { source: '/partner-api/:path*.md', destination: '/llms.md/partner-api/:path*' },
    ];
  },
};

const withMDX = createMDX();

export default withMDX(config);
