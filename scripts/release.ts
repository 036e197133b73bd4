/**
 * `npm run release`: records the current document as a release, `releases/<info.version>.yaml`
 * (or `.json`) beside it, with `info.x-release-date` (today in UTC, or `--date=YYYY-MM-DD`). It
 * refuses a version that is already released or not bumped enough for what changed since the
 * newest release: major for a breaking change, minor for a non-breaking one, patch for
 * documentation only. With no release yet, this one is the first documented
 * (`info.x-release-first: true`): what came before it is not known.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { byClass, bumpBetween, bumpsEnough, compareDocuments, loadReleases, parseVersion, releasesFolder, requiredBump } from '../lib/changes';
import { changeLines } from '../lib/changes/change-lines';
import { isReleaseDate, loadRelease } from '../lib/changes/releases';
import { defaultDocumentPath, loadDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';

function refuse(message: string): never {
  console.error(`npm run release: ${message}`);
  process.exit(1);
}

const dateArgument = process.argv.slice(2).find((argument) => argument.startsWith('--date='));
const others = process.argv.slice(2).filter((argument) => argument !== dateArgument);
if (others.length > 0) refuse(`unknown argument ${JSON.stringify(others[0])}; the only one is --date=YYYY-MM-DD`);
const date = dateArgument ? dateArgument.slice('--date='.length) : new Date().toISOString().slice(0, 10);
if (!isReleaseDate(date)) refuse(`--date must be a date written YYYY-MM-DD, not ${JSON.stringify(date)}`);

try {
  const documentPath = defaultDocumentPath();
  const current = loadDocument(documentPath);
  const version = String(current.raw.info.version);
  const parsed = parseVersion(version);
  if (!parsed) refuse(`${current.file}: info.version ${JSON.stringify(version)} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)`);
  const releases = loadReleases(documentPath);
  const [newest] = releases;
  const taken = releases.find((loaded) => loaded.release.version === version);
  if (taken) refuse(`version ${version} is already released (${taken.release.file}); raise info.version in ${current.file}`);
  if (newest) {
    const changes = byClass(compareDocuments(newest.document, current));
    const needed = requiredBump(changes);
    const actual = bumpBetween(parseVersion(newest.release.version)!, parsed);
    if (changes.length === 0) refuse(`nothing changed since ${newest.release.version} (${newest.release.file})`);
    if (!bumpsEnough(actual, needed)) {
      for (const line of changeLines(changes, current)) console.error(line);
      refuse(
        actual === 'none'
          ? `${version} is not newer than the newest release, ${newest.release.version}`
          : `${version} is a ${actual} step from ${newest.release.version}, but the changes above need a ${needed} one`,
      );
    }
  }
  const first = !newest;
  const extension = path.extname(documentPath) === '.json' ? '.json' : '.yaml';
  const folder = releasesFolder(documentPath);
  const target = path.join(folder, `${version}${extension}`);
  if (existsSync(target)) refuse(`${target} exists already`);
  const text = readFileSync(documentPath, 'utf8');
  let written: string;
  if (extension === '.json') {
    const value = JSON.parse(text) as { info: Record<string, unknown> };
    value.info['x-release-date'] = date;
    if (first) value.info['x-release-first'] = true;
    written = `${JSON.stringify(value, null, 2)}\n`;
  } else {
    // the document as written, comments kept, with the release's date in `info`
    const yaml = parseDocument(text);
    yaml.setIn(['info', 'x-release-date'], date);
    if (first) yaml.setIn(['info', 'x-release-first'], true);
    written = yaml.toString({ lineWidth: 0, flowCollectionPadding: false });
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, written);
  const { release } = loadRelease(target);
  console.log(`Released ${release.version} (${release.date}): ${release.file}${first ? ', the first release documented' : ` on top of ${newest.release.version}`}.`);
} catch (error) {
  if (error instanceof SpecError) refuse(`OpenAPI document error: ${error.message}`);
  throw error;
}
