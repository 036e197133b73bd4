import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createPositionFinder, defaultDocumentPath, loadDocument, type LoadedDocument } from '../openapi/load-document';
import { SpecError } from '../openapi/spec-error';
import type { Release } from './change';
import { compareVersions, parseVersion, type Version } from './semver';

const releaseName = /^(.+)\.(ya?ml|json)$/;

/** The folder of a document's releases: `releases/` beside it. */
export function releasesFolder(documentPath: string = defaultDocumentPath()): string {
  return path.join(path.dirname(documentPath), 'releases');
}

export interface LoadedRelease {
  release: Release;
  document: LoadedDocument;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isReleaseDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * One release file, checked: a document the loader accepts (else its `file:line: reason`), named
 * after its `info.version`, with `info.x-release-date` a date `YYYY-MM-DD` and
 * `info.x-release-first`, when there, `true` or `false`.
 */
export function loadRelease(file: string): LoadedRelease {
  const name = releaseName.exec(path.basename(file));
  const version = name ? parseVersion(name[1]) : undefined;
  if (!name || !version) {
    throw new SpecError(file, 'a release is named after its info.version, a semantic version, as <version>.yaml, .yml or .json (e.g. 1.2.0.yaml)');
  }
  const document = loadDocument(file);
  const where = createPositionFinder(document.file);
  const fail = (reason: string, at: string[]): never => {
    const position = where(at);
    throw new SpecError(document.file, reason, position?.line, position?.column);
  };
  const info = document.raw.info as unknown as Record<string, unknown>;
  if (info.version !== name[1]) {
    fail(`info.version is ${JSON.stringify(info.version)}, but the file is named after ${JSON.stringify(name[1])}: a release is named after its version`, ['info', 'version']);
  }
  const date = info['x-release-date'];
  if (!isReleaseDate(date)) {
    fail(
      date === undefined
        ? 'a release needs info.x-release-date, the date it was published (YYYY-MM-DD)'
        : `info.x-release-date must be a date written YYYY-MM-DD, not ${JSON.stringify(date instanceof Date ? date.toISOString() : date)}`,
      date === undefined ? ['info'] : ['info', 'x-release-date'],
    );
  }
  const first = info['x-release-first'];
  if (first !== undefined && typeof first !== 'boolean') fail(`info.x-release-first must be true or false, not ${JSON.stringify(first)}`, ['info', 'x-release-first']);
  return { release: { version: name[1], date: date as string, file: document.file, ...(first === true && { first: true }) }, document };
}

/**
 * The releases of a document, newest first by semantic version: each file of the `releases/`
 * folder beside it (`WINGFIELD_OPENAPI`'s, or `openapi/releases/`), checked by
 * {@link loadRelease}. A file that is not a release, or two files of one version, fail with the
 * file and the reason. No folder: no releases.
 */
export function loadReleases(documentPath: string = defaultDocumentPath()): LoadedRelease[] {
  const folder = releasesFolder(documentPath);
  let names: string[];
  try {
    names = readdirSync(/*turbopackIgnore: true*/ folder);
  } catch {
    return [];
  }
  const releases: (LoadedRelease & { parsed: Version })[] = [];
  for (const name of names.filter((candidate) => !candidate.startsWith('.')).sort()) {
    const loaded = loadRelease(path.join(folder, name));
    const twin = releases.find((other) => other.release.version === loaded.release.version);
    if (twin) throw new SpecError(loaded.document.file, `version ${loaded.release.version} is released twice, here and in ${twin.release.file}; keep one`);
    releases.push({ ...loaded, parsed: parseVersion(loaded.release.version)! });
  }
  const firsts = releases.filter((loaded) => loaded.release.first);
  releases.sort((a, b) => compareVersions(b.parsed, a.parsed));
  if (firsts.length > 1) throw new SpecError(firsts[1].document.file, `only one release can be the first documented (info.x-release-first), and ${firsts[0].release.file} is`);
  if (firsts.length === 1 && firsts[0] !== releases.at(-1)) {
    throw new SpecError(firsts[0].document.file, `info.x-release-first marks the oldest release documented, but ${releases.at(-1)!.release.file} is older`);
  }
  return releases.map(({ release, document }) => ({ release, document }));
}

/** {@link loadReleases}, the releases alone. */
export function readReleases(documentPath?: string): Release[] {
  return loadReleases(documentPath).map(({ release }) => release);
}
