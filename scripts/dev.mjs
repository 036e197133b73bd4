/**
 * `npm run dev`: `next dev` (arguments are passed on: `npm run dev -- -p 3001`) plus a watcher
 * that compiles the try-it validators again whenever the OpenAPI document changes. Pages, the
 * sidebar, search and the Markdown twins follow the document by themselves (the loader's cache
 * is keyed on the file's modification time and size); the validators are modules that the browser
 * loads, so they must be rewritten for `next dev` to serve the new ones. A document that cannot be
 * loaded keeps the last good validators and prints `file:line: reason`.
 *
 * Server Fast Refresh is off. With it, `next dev` brings a changed module up to date only for the
 * routes built before the change, and only when one of them is requested: a route first built
 * after the change (a guide opened after an endpoint page and an edit of that guide) gets the
 * modules the earlier routes evaluated, old ones included, and keeps them until the next edit.
 * Without it, every change makes the next request of any route evaluate the server code afresh.
 * `npm run dev -- --server-fast-refresh` turns it back on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = path.resolve(root, process.env.WINGFIELD_OPENAPI ?? 'openapi/wingfield-partner-api.yaml');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const next = path.join(root, 'node_modules/next/dist/bin/next');

function generate() {
  return spawnSync(process.execPath, [tsx, 'scripts/generate-validators.ts'], { cwd: root, stdio: 'inherit' }).status === 0;
}

// a broken document still starts the server: its pages then show the document's error
generate();

// before the caller's arguments, so that a `--server-fast-refresh` among them wins
const server = spawn(process.execPath, [next, 'dev', '--no-server-fast-refresh', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

let timer;
let running = false;
let again = false;
function schedule() {
  clearTimeout(timer);
  // editors save in several writes (truncate, write, rename): wait until they are done
  timer = setTimeout(run, 150);
}
function run() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const child = spawn(process.execPath, [tsx, 'scripts/generate-validators.ts'], { cwd: root, stdio: 'inherit' });
  child.on('exit', () => {
    running = false;
    if (again) {
      again = false;
      run();
    }
  });
}

// the folder, not the file: an editor that saves by renaming would end a watch on the file
let watcher = { close() {} };
try {
  watcher = watch(path.dirname(documentPath), (_event, name) => {
    if (!name || name === path.basename(documentPath)) schedule();
  });
} catch (error) {
  console.warn(`Not watching ${documentPath} (${error.message}): restart npm run dev after editing it.`);
}

function stop(signal) {
  watcher.close();
  clearTimeout(timer);
  server.kill(signal);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', (code, signal) => {
  watcher.close();
  clearTimeout(timer);
  process.exit(code ?? (signal ? 1 : 0));
});
