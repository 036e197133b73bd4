import { readFileSync } from 'node:fs';
import { freePort, isFreePort } from '../../../scripts/free-port.mjs';
import { freePortRun } from './free-ports';

// Chosen once, when the runner loads the config, and handed to the workers through the
// environment they inherit: every process of a run agrees, and two runs never collide.
process.env.E2E_PORT ||= String(await freePortRun(0));
process.env.E2E_MOCK_DEV_PORT ||= String(await freePortRun(2));

/** Where the site of the security fixture keeps its document, its build's stamp, its log and its processes. */
export const securitySiteRunDir = '.next-security-site-run';

/**
 * The ports of the security fixture's local API and identity provider are written into its
 * build (the panel's slices are static), so a run takes the previous build's ports when they are
 * free, and that build is reused; otherwise new ones, and the site is built again.
 */
async function securityPort(name: 'apiPort' | 'idpPort', taken: (string | undefined)[]): Promise<string> {
  try {
    const previous = JSON.parse(readFileSync(`${securitySiteRunDir}/stamp.json`, 'utf8'))[name];
    if (Number.isInteger(previous) && previous > 1024 && !taken.includes(String(previous)) && (await isFreePort(previous))) return String(previous);
  } catch {
    // no previous build: any free port
  }
  for (;;) {
    const port = String(await freePort());
    if (!taken.includes(port)) return port;
  }
}
process.env.E2E_SECURITY_API_PORT ||= await securityPort('apiPort', [process.env.E2E_PORT]);
process.env.E2E_SECURITY_IDP_PORT ||= await securityPort('idpPort', [process.env.E2E_PORT, process.env.E2E_SECURITY_API_PORT]);
process.env.E2E_SECURITY_SITE_PORT ||= String(await freePort());

/** Where the end-to-end tests serve the site and the mock dev environment (loopback only). */
export const sitePort = Number(process.env.E2E_PORT);
export const siteUrl = `http://127.0.0.1:${sitePort}`;
export const mockDevPort = Number(process.env.E2E_MOCK_DEV_PORT);
export const mockDevUrl = `http://127.0.0.1:${mockDevPort}`;
/** Prism, behind the mock's recorder. */
export const mockPrismPort = mockDevPort - 1;
/** A second environment, "Offline", where nothing listens: dev being down. */
export const offlinePort = mockDevPort - 2;
export const offlineUrl = `http://127.0.0.1:${offlinePort}`;

/** The proxy's settings on the test server: a short timeout, and a limit the suite stays well below. */
export const e2eProxyTimeoutMs = 3_000;
export const e2eRateLimit = 300;
/** Above everything the suite forwards in a minute: the per-instance ceiling is tested in tests/unit. */
export const e2eGlobalRateLimit = 5_000;

/** The site built from tests/fixtures/security/secured-api.yaml (see ./security-site.ts). */
export const securitySitePort = Number(process.env.E2E_SECURITY_SITE_PORT);
export const securitySiteUrl = `http://127.0.0.1:${securitySitePort}`;
/** `{api}` in that document: the echo API (./echo-api.mjs). */
export const securityApiPort = Number(process.env.E2E_SECURITY_API_PORT);
export const securityApiUrl = `http://127.0.0.1:${securityApiPort}`;
/** `{idp}` in that document: nothing listens there unless a spec starts an identity provider on it. */
export const securityIdpPort = Number(process.env.E2E_SECURITY_IDP_PORT);
export const securityIdpUrl = `http://127.0.0.1:${securityIdpPort}`;
