import { freePortRun } from './free-ports';

// Chosen once, when the runner loads the config, and handed to the workers through the
// environment they inherit: every process of a run agrees, and two runs never collide.
process.env.E2E_PORT ||= String(await freePortRun(0));
process.env.E2E_MOCK_DEV_PORT ||= String(await freePortRun(2));

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
