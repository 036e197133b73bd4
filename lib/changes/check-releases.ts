import { createPositionFinder, defaultDocumentPath, loadDocument } from '../openapi/load-document';
import { SpecError } from '../openapi/spec-error';
import { loadReleases, releasesFolder } from './releases';
import { compareVersions, parseVersion } from './semver';

/**
 * What `npm run check:openapi` says of the releases: a line naming them, or a {@link SpecError}
 * for the first bad release file, or for a current document whose `info.version` is not a
 * semantic version or is older than the newest release.
 */
export function checkReleases(documentPath: string = defaultDocumentPath()): string {
  const releases = loadReleases(documentPath);
  const [newest] = releases;
  if (!newest) return `${releasesFolder(documentPath)}: no releases yet (npm run release records the first)`;
  const current = loadDocument(documentPath);
  const version = String(current.raw.info.version);
  const parsed = parseVersion(version);
  const line = createPositionFinder(current.file)(['info', 'version'])?.line;
  if (!parsed) throw new SpecError(current.file, `info.version ${JSON.stringify(version)} must be a semantic version (MAJOR.MINOR.PATCH) for the releases to be ordered`, line);
  if (compareVersions(parsed, parseVersion(newest.release.version)!) < 0) {
    throw new SpecError(current.file, `info.version ${version} is older than the newest release, ${newest.release.version} (${newest.release.file})`, line);
  }
  return `${releasesFolder(documentPath)}: ${releases.length} ${releases.length === 1 ? 'release' : 'releases'}, the newest ${newest.release.version} of ${newest.release.date}`;
}
