import { createMDX } from 'fumadocs-mdx/next';

const development = process.env.NODE_ENV === 'development';

/**
 * The site loads nothing from other origins: its own scripts, styles, images and API. Scripts and
 * styles may be inline because Next's App Router hydrates static pages with inline scripts; the
 * alternative, a per-request nonce, would make every page render on demand instead of being
 * served as built. `next dev` also evaluates code (React's debugging, hot reload), so
 * 'unsafe-eval' is allowed there and only there. Images may be `blob:` URLs: the try-it panel
 * previews an answer's PNG, JPEG, GIF or WebP from the bytes it received (never an SVG).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Whatever dev answers through the proxy is data: a browser opening it directly runs and loads nothing. */
const proxyContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Browser features the site never uses, turned off for it and anything it could embed. */
const permissionsPolicy = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * HSTS only when the request says it came over HTTPS: `headers()` cannot see the socket, and the
 * site is served over TLS by a proxy or load balancer in front of it, which sets
 * `X-Forwarded-Proto: https` (the first entry, when proxies chain). Sent over plain HTTP, on
 * `localhost` for one, it would do nothing (browsers ignore HSTS that did not arrive over HTTPS,
 * RFC 6797 8.1), so a client that forges the header gains nothing either. Never under `next dev`,
 * where it would pin `localhost` to HTTPS for every other local server. No `includeSubDomains`:
 * the site does not speak for the other hosts of its domain.
 */
const strictTransportSecurity = {
  source: '/:path*',
  has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(?:\\s*,.*)?' }],
  headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }],
};

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // a separate output folder lets tests build a broken document without touching the real build
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server in .next/standalone (see
  // README, Deploying); not the default, because `next start` does not serve that output
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // the proxy calls the API through undici's own fetch and connection pools (lib/proxy/upstream-agent.ts)
  serverExternalPackages: ['undici'],
  // the OpenAPI document is read from disk at build and at run time
  outputFileTracingIncludes: { '/**': ['./openapi/**/*'] },
  // every page is also Markdown at its URL + `.md`
  async rewrites() {
    return [
      { source: '/partner-api.md', destination: '/llms.md/partner-api' },
      { source: '/partner-api/:path*.md', destination: '/llms.md/partner-api/:path*' },
    ];
  },
  // on every response, pages, API and static files alike; the later entry wins for the proxy
  async headers() {
    return [
      {
        // `next dev` serves the Pages Router's middleware manifest as JSON under a script's name,
        // which nosniff would block; in production every path gets the headers
        source: development ? '/((?!_next/static/development/).*)' : '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: permissionsPolicy },
          { key: 'X-Frame-Options', value: 'DENY' },
          // no window the site opens, nor one that opens it, can reach it through `window.opener`
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      ...(development ? [] : [strictTransportSecurity]),
      // the API's and the identity providers' answers through the proxies
      ...['/api/proxy', '/api/oauth/proxy'].map((source) => ({
        source,
        headers: [
          { key: 'Content-Security-Policy', value: proxyContentSecurityPolicy },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      })),
    ];
  },
};

const withMDX = createMDX();

export default withMDX(config);
