/** Where the end-to-end tests serve the site and the mock dev environment (loopback only). */
export const sitePort = Number(process.env.E2E_PORT ?? 3100);
export const siteUrl = `http://127.0.0.1:${sitePort}`;
export const mockDevPort = Number(process.env.E2E_MOCK_DEV_PORT ?? 4111);
export const mockDevUrl = `http://127.0.0.1:${mockDevPort}`;
