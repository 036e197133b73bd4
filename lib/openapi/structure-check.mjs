/**
 * Checks an OpenAPI document against the specification with Redocly's `struct` rule (the rule
 * set of `@redocly/openapi-core` that says what is invalid, with a line and column), and nothing
 * else: style is not our business, `$ref`s are checked by the loader.
 *
 * openapi-core is asynchronous and the loader is not, so the loader runs this file as a child
 * process: `node structure-check.mjs <file>…` prints one JSON array of problems per file, one per
 * line. Results are cached on disk by the text's hash, so the workers of one build and a batch run
 * before many loads (the corpus test) check each document once.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const cacheDir = path.join('node_modules', '.cache', 'wingfield-openapi');
const version = 'struct-v1';

/** Where the result for a document's text is cached. */
export function cacheFile(text) {
  return path.join(cacheDir, `${createHash('sha256').update(version).update(text).digest('hex')}.json`);
}

let configPromise;

/** @returns {Promise<{ message: string; pointer?: string; line?: number; column?: number }[]>} errors only */
export async function checkStructure(file, text) {
  const { createConfig, lintFromString, getLineColLocation } = await import('@redocly/openapi-core');
  configPromise ??= createConfig({ rules: { struct: 'error' } });
  const problems = await lintFromString({ source: text, absoluteRef: path.resolve(file), config: await configPromise });
  return problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const location = problem.location[0];
      const at = location ? getLineColLocation(location) : undefined;
      return {
        message: problem.message,
        ...(location?.pointer && { pointer: location.pointer }),
        ...(at?.start && { line: at.start.line, column: at.start.col }),
      };
    });
}

/**
 * The problems of one document, from the cache or checked now (and cached); `null` when
 * openapi-core gave up on it (a pure `$ref` cycle), which is no verdict.
 */
export async function cachedCheck(file, text = readFileSync(file, 'utf8')) {
  const cached = cacheFile(text);
  try {
    return JSON.parse(readFileSync(cached, 'utf8'));
  } catch {
    let problems;
    try {
      problems = await checkStructure(file, text);
    } catch (error) {
      problems = null;
      process.stderr.write(`${file}: openapi-core could not check the document (${error.message.split('\n')[0]})\n`);
    }
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cached, JSON.stringify(problems));
    } catch {
      // a read-only file system: nothing cached, nothing lost
    }
    return problems;
  }
}

/**
 * `node structure-check.mjs <file>…` prints one line per file: its problems as a JSON array, or
 * `null` when openapi-core gave up on it. `node structure-check.mjs --stdin <file>` checks the
 * text on standard input as if it were `<file>` (the loader's copy of a document that openapi-core
 * gave up on, with what stopped it taken out).
 */
async function main(args) {
  const fromStdin = args[0] === '--stdin';
  const files = fromStdin ? args.slice(1, 2) : args;
  const input = fromStdin ? readFileSync(0, 'utf8') : undefined;
  for (const file of files) process.stdout.write(`${JSON.stringify(await cachedCheck(file, input))}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main(process.argv.slice(2));
