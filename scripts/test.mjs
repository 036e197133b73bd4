#!/usr/bin/env node
/**
 * `npm test`: every stage in order, stopping at the first that fails, then a table of how long
 * each took. The site is built once, by the `build` stage; the stages after it use that build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const allStages = ['typecheck', 'lint', 'lint:openapi', 'test:unit', 'test:fuzz', 'build', 'test:budgets', 'test:redis', 'test:e2e', 'test:dev'];
// `npm test -- lint test:unit` runs only those, still in this order
const chosen = process.argv.slice(2);
const unknown = chosen.filter((stage) => !allStages.includes(stage));
if (unknown.length > 0) {
  console.error(`npm test: no stage ${unknown.join(', ')}; the stages are ${allStages.join(', ')}`);
  process.exit(2);
}
// the supported versions (README): dependencies such as eventsource-parser 4 and @scalar/* need 22
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  console.error(
    `npm test: Node.js ${process.versions.node} is not supported; use Node.js 24 LTS (or 22). ` +
      '`bash .ci/run` installs Node.js 24 from the npm registry into .cache/ and runs the tests with it.',
  );
  process.exit(2);
}
const stages = chosen.length > 0 ? allStages.filter((stage) => chosen.includes(stage)) : allStages;
const needsBrowser = stages.some((stage) => ['test:e2e', 'test:dev'].includes(stage));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];

/** Debian's (or any) `chromium` on PATH, or `CHROMIUM_PATH`: what playwright.config.ts launches. */
function systemChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const executable = chromium.executablePath();
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** The browser the end-to-end and live-authoring tests drive; installs Playwright's own when there is none. */
async function ensureBrowser() {
  if (systemChromium() || (await playwrightChromium())) return true;
  console.log('npm test: no Chromium on PATH and no CHROMIUM_PATH; installing Playwright\'s (npx playwright install chromium)…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (install.status === 0 && (await playwrightChromium())) return true;
  const reason = `${install.stderr ?? ''}\n${install.stdout ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|fail|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|timed? ?out/i.test(line));
  console.error(
    `npm test: no browser for the end-to-end tests, and \`npx playwright install chromium\` failed${reason ? ` (${reason.slice(0, 160)})` : ''}. ` +
      'Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
  );
  return false;
}

function run(stage) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', stage], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function printTable() {
  const width = Math.max(...timings.map((t) => t.stage.length), 'stage'.length);
  const lines = timings.map((t) => `${t.stage.padEnd(width)}  ${(t.result === 'not run' ? '–' : seconds(t.ms)).padStart(9)}  ${t.result}`);
  const total = timings.reduce((sum, t) => sum + t.ms, 0);
  console.log(`\n${'stage'.padEnd(width)}  ${'time'.padStart(9)}  result`);
  console.log(lines.join('\n'));
  console.log(`${'total'.padEnd(width)}  ${seconds(total).padStart(9)}`);
}

let failed = false;
const browserStart = Date.now();
if (needsBrowser && !(await ensureBrowser())) {
  timings.push({ stage: 'browser', ms: Date.now() - browserStart, result: 'failed' });
  failed = true;
}
for (const stage of failed ? [] : stages) {
  const started = Date.now();
  const code = await run(stage);
  timings.push({ stage, ms: Date.now() - started, result: code === 0 ? 'ok' : `failed (exit ${code})` });
  if (code !== 0) {
    failed = true;
    break;
  }
}
const skipped = stages.slice(timings.filter((t) => t.stage !== 'browser').length);
for (const stage of failed ? skipped : []) timings.push({ stage, ms: 0, result: 'not run' });
printTable();
process.exit(failed ? 1 : 0);
