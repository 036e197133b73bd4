/**
 * The site of tests/fixtures/security/secured-api.yaml, for the end-to-end tests of the security
 * schemes: built once per run (and reused by the next run while nothing it was built from has
 * changed), served with `next start`, in front of a local echo API on `{api}`.
 *
 * The Playwright project `security` runs the specs against it; its dependency, the project
 * `security-site` (tests/e2e/security-site.setup.ts), builds and starts it, and its teardown
 * stops it. A spec of that project:
 *
 *   import { securityApiUrl, securityIdpPort, securityIdpUrl, securitySiteUrl } from './support/ports';
 *   import { echoedRequests, securitySiteLog } from './support/security-site';
 *
 * Nothing listens on `{idp}` (`securityIdpUrl`): a spec that needs an identity provider starts
 * one itself on that port, in its own `beforeAll`, and closes it in `afterAll`; the document's
 * authorization, token, refresh and discovery URLs point there, and the site allows that origin
 * (`WINGFIELD_AUTH_ORIGINS`). Only one spec file can hold that port, so it runs serially
 * (`test.describe.configure({ mode: 'serial' })`):
 *
 *   let idp: Server;
 *   test.beforeAll(async () => {
 *     idp = createServer(handleIdentityProvider);
 *     await new Promise<void>((resolve) => idp.listen(securityIdpPort, '127.0.0.1', resolve));
 *   });
 *   test.afterAll(() => new Promise((resolve) => idp.close(resolve)));
 *
 * A new spec for this site is named `oauth*.spec.ts`, or added to `securitySiteSpecs` in playwright.config.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  securityApiPort,
  securityApiUrl,
  securityIdpPort,
  securityIdpUrl,
  securitySitePort,
  securitySiteRunDir,
  securitySiteUrl,
} from './ports';

const fixture = 'tests/fixtures/security/secured-api.yaml';
const distDir = '.next-security-site';
const documentFile = path.join(securitySiteRunDir, 'secured-api.yaml');
const stampFile = path.join(securitySiteRunDir, 'stamp.json');
const processesFile = path.join(securitySiteRunDir, 'processes.json');
/** What the site's server printed (its request log among it) during this run. */
export const securitySiteLog = path.join(securitySiteRunDir, 'site.log');

/** One request as the echo API received it. */
export interface EchoedRequest {
  method: string;
  url: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  cookies: Record<string, string>;
  body: string;
}

/** The fixture with `{api}` and `{idp}` replaced by this run's local origins. */
function securityDocument(): string {
  return readFileSync(fixture, 'utf8').replaceAll('{api}', securityApiUrl).replaceAll('{idp}', securityIdpUrl);
}

/**
 * What the build depends on besides the code: the document with its origins, and the project's
 * own build (`npm run build`), so that a new build of the code builds this site again too.
 */
function buildStamp(document: string) {
  const mainBuild = existsSync('.next/BUILD_ID') ? readFileSync('.next/BUILD_ID', 'utf8') : 'none';
  return {
    apiPort: securityApiPort,
    idpPort: securityIdpPort,
    document: createHash('sha256').update(document).digest('hex'),
    mainBuild,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds the site unless the previous build was made from the same document and code. The
 * validators in lib/generated and tsconfig.json (which `next build` extends with its distDir)
 * belong to the project's document: they are put back as they were, whatever happens.
 * Returns how long it took, in seconds (0 when the previous build was reused).
 */
export function buildSecuritySite(): number {
  mkdirSync(securitySiteRunDir, { recursive: true });
  const document = securityDocument();
  const stamp = JSON.stringify(buildStamp(document));
  if (existsSync(stampFile) && existsSync(path.join(distDir, 'BUILD_ID')) && readFileSync(stampFile, 'utf8') === stamp) return 0;

  const started = performance.now();
  rmSync(stampFile, { force: true });
  writeFileSync(documentFile, document);
  const env = { ...process.env, WINGFIELD_OPENAPI: documentFile, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  const saved = path.join(securitySiteRunDir, 'project-generated');
  const kept = ['tsconfig.json', 'next-env.d.ts'].filter(existsSync).map((file) => [file, readFileSync(file, 'utf8')] as const);
  rmSync(saved, { recursive: true, force: true });
  if (existsSync('lib/generated')) cpSync('lib/generated', saved, { recursive: true });
  try {
    run('npx', ['tsx', 'scripts/generate-validators.ts'], env);
    run('npx', ['next', 'build'], env);
  } finally {
    rmSync('lib/generated', { recursive: true, force: true });
    if (existsSync(saved)) cpSync(saved, 'lib/generated', { recursive: true });
    rmSync(saved, { recursive: true, force: true });
    for (const [file, text] of kept) writeFileSync(file, text);
  }
  writeFileSync(stampFile, stamp);
  return (performance.now() - started) / 1000;
}

async function waitFor(url: string, what: string) {
  for (let waited = 0; ; waited += 250) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    if (waited > 90_000) throw new Error(`${what} did not start (${url}); see ${securitySiteLog}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts the echo API and `next start` for the built site, each in a process group of its own
 * that outlives the setup's worker, until `stopSecuritySite`.
 */
export async function startSecuritySite(): Promise<void> {
  stopSecuritySite();
  const log = openSync(securitySiteLog, 'w');
  const echo = spawn(process.execPath, ['tests/e2e/support/echo-api.mjs'], {
    env: { ...process.env, ECHO_API_PORT: String(securityApiPort) },
    stdio: ['ignore', 'ignore', log],
    detached: true,
  });
  const site = spawn('npx', ['next', 'start', '-p', String(securitySitePort), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      WINGFIELD_OPENAPI: documentFile,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      // the echo API is on loopback: an environment from the document alone would not be called there
      WINGFIELD_DEV_URL: securityApiUrl,
      WINGFIELD_AUTH_ORIGINS: securityIdpUrl,
      WINGFIELD_RATE_LIMIT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', log, log],
    detached: true,
  });
  writeFileSync(processesFile, JSON.stringify([echo.pid, site.pid]));
  echo.unref();
  site.unref();
  await waitFor(`${securityApiUrl}/__echo/health`, 'the echo API');
  await waitFor(`${securitySiteUrl}/api/environments`, 'the site of the security fixture');
}

/** Stops what `startSecuritySite` started, by the process groups it recorded. */
export function stopSecuritySite(): void {
  if (!existsSync(processesFile)) return;
  const groups: number[] = JSON.parse(readFileSync(processesFile, 'utf8'));
  for (const group of groups) {
    try {
      process.kill(-group, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(processesFile, { force: true });
}

/** Every request the echo API has received in this run. */
export async function echoedRequests(): Promise<EchoedRequest[]> {
  const response = await fetch(`${securityApiUrl}/__echo/requests`);
  return (await response.json()) as EchoedRequest[];
}

/** What the site's server has printed so far. */
export function securitySiteOutput(): string {
  return existsSync(securitySiteLog) ? readFileSync(securitySiteLog, 'utf8') : '';
}
