import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

import {
  e2eProxyTimeoutMs,
  e2eGlobalRateLimit,
  e2eRateLimit,
  mockDevPort,
  mockDevUrl,
  mockPrismPort,
  offlineUrl,
  sitePort as port,
  securitySiteUrl,
  siteUrl as baseURL,
} from './tests/e2e/support/ports';

/**
 * Debian's Chromium when it is installed (CI, these machines), else Playwright's own browser
 * (a contributor's laptop after `npx playwright install chromium`). `CHROMIUM_PATH` overrides both.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const executablePath = chromiumExecutable();

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: executablePath
      ? [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ]
      : [],
  },
};

/** The specs that run against the site of the security fixture. */
const securitySiteSpecs = [/security-schemes\.spec\.ts$/, /oauth[^/]*\.spec\.ts$/];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // waits fit a slow machine (a load average of 16 on 2 cores, or a slow phone), not a quiet one:
  // the panel's code loads on first use, and a busy machine takes seconds to compile and run it
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: securitySiteSpecs,
      use: chromium,
    },
    // the specs of the security schemes run against a site of their own, built from
    // tests/fixtures/security/secured-api.yaml (tests/e2e/support/security-site.ts): only a run
    // that selects one of them builds and starts it
    { name: 'security-site', testMatch: /security-site\.setup\.ts$/, teardown: 'security-site-teardown' },
    { name: 'security-site-teardown', testMatch: /security-site\.teardown\.ts$/ },
    {
      name: 'security',
      testMatch: securitySiteSpecs,
      dependencies: ['security-site'],
      use: { ...chromium, baseURL: securitySiteUrl },
    },
  ],
  webServer: [
    {
      // stands in for dev: Prism answering from the project's document, behind a request recorder
      command: `node tests/e2e/support/mock-dev.mjs`,
      url: `${mockDevUrl}/__recorder/health`,
      env: { MOCK_DEV_PORT: String(mockDevPort), MOCK_PRISM_PORT: String(mockPrismPort) },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // the production build, made by `npm run build` before the tests; dev is the mock, set at
      // serving time: the pages were built for the real dev host. "Offline" is an environment
      // where nothing listens. The proxy times out sooner than in production, and its rate limit
      // is raised above what the suite sends; as if behind one load balancer, so that a test can
      // be a client of its own with `X-Forwarded-For`.
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/api/environments`,
      env: {
        WINGFIELD_DEV_URL: mockDevUrl,
        WINGFIELD_ENVIRONMENTS: `Offline=${offlineUrl}`,
        WINGFIELD_PROXY_TIMEOUT_MS: String(e2eProxyTimeoutMs),
        WINGFIELD_RATE_LIMIT: String(e2eRateLimit),
        WINGFIELD_RATE_LIMIT_GLOBAL: String(e2eGlobalRateLimit),
        // every test runs from 127.0.0.1 with tokens of its own: one address may use the whole ceiling, with any number of tokens
        WINGFIELD_RATE_LIMIT_ADDRESS_SHARE: '100',
        WINGFIELD_RATE_LIMIT_TOKENS_PER_ADDRESS: '100000',
        WINGFIELD_TRUST_PROXY: '1',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
