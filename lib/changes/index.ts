export type * from './change';
export { changesBetween, getChangelog, operationHistory, releaseVersions, UnknownReleaseError, type OperationHistory } from './changelog';
export { byClass, compareDocuments } from './compare-documents';
export { loadReleases, readReleases, releasesFolder, type LoadedRelease } from './releases';
export { bumpBetween, bumpsEnough, compareVersions, parseVersion, requiredBump, type Bump } from './semver';
