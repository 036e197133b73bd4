import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bumpBetween, bumpsEnough, changesBetween, getChangelog, operationHistory, parseVersion, readReleases, UnknownReleaseError } from '@/lib/changes';
import { checkReleases } from '@/lib/changes/check-releases';
import { SpecError } from '@/lib/openapi/spec-error';

const siteFixture = 'tests/fixtures/changes/site';
let dir: string;
const original = process.env.WINGFIELD_OPENAPI;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'releases-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  if (original === undefined) delete process.env.WINGFIELD_OPENAPI;
  else process.env.WINGFIELD_OPENAPI = original;
});

/** A copy of the site fixture in a folder of its own, to change. */
function copyOfSite(name: string): string {
  const folder = path.join(dir, name);
  cpSync(siteFixture, folder, { recursive: true });
  return path.join(folder, 'partner-api.yaml');
}

function run(script: string, args: string[], document: string) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    env: { ...process.env, WINGFIELD_OPENAPI: document },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('releases', () => {
  it('are read from releases/ beside the document, newest first by semantic version', () => {
    expect(readReleases(`${siteFixture}/partner-api.yaml`)).toEqual([
      { version: '2.0.0', date: '2026-10-01', file: `${siteFixture}/releases/2.0.0.yaml` },
      { version: '1.1.0', date: '2026-06-15', file: `${siteFixture}/releases/1.1.0.yaml` },
      { version: '1.0.0', date: '2026-03-02', file: `${siteFixture}/releases/1.0.0.yaml`, first: true },
    ]);
    expect(readReleases(path.join(dir, 'nowhere', 'api.yaml'))).toEqual([]);
  });

  it('our own document has its first release, the document as it was recorded', () => {
    const [first, ...others] = readReleases('openapi/wingfield-partner-api.yaml');
    expect(others).toEqual([]);
    expect(first).toMatchObject({ version: '1.0.0', file: 'openapi/releases/1.0.0.yaml', first: true });
    expect(first.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  const badReleases: [string, string, (document: Record<string, Record<string, unknown>>) => void, RegExp][] = [
    ['named after another version', '1.2.0.yaml', () => {}, /1\.2\.0\.yaml:\d+:\d+: info\.version is "1\.0\.0", but the file is named after "1\.2\.0"/],
    ['not named after a version', 'latest.yaml', () => {}, /latest\.yaml: a release is named after its info\.version/],
    ['without a date', '1.0.0.yaml', (document) => delete document.info['x-release-date'], /1\.0\.0\.yaml:\d+:\d+: a release needs info\.x-release-date/],
    ['with a date that does not exist', '1.0.0.yaml', (document) => (document.info['x-release-date'] = '2026-02-30'), /1\.0\.0\.yaml:\d+:\d+: info\.x-release-date must be a date written YYYY-MM-DD, not "2026-02-30"/],
    ['with a first mark that is not true or false', '1.0.0.yaml', (document) => (document.info['x-release-first'] = 'yes'), /info\.x-release-first must be true or false, not "yes"/],
  ];
  for (const [what, name, change, message] of badReleases) {
    it(`refuse a release ${what}, with the file, line and reason`, () => {
      const folder = path.join(dir, `bad-${what.replaceAll(' ', '-')}`);
      mkdirSync(path.join(folder, 'releases'), { recursive: true });
      const document = parse(readFileSync(`${siteFixture}/releases/1.0.0.yaml`, 'utf8'));
      change(document);
      writeFileSync(path.join(folder, 'releases', name), stringify(document));
      expect(() => readReleases(path.join(folder, 'api.yaml'))).toThrow(SpecError);
      expect(() => readReleases(path.join(folder, 'api.yaml'))).toThrow(message);
    });
  }

  it('refuse a version released twice, and a release that is not a valid document', () => {
    const folder = path.join(dir, 'twice');
    mkdirSync(path.join(folder, 'releases'), { recursive: true });
    cpSync(`${siteFixture}/releases/1.0.0.yaml`, path.join(folder, 'releases', '1.0.0.yaml'));
    writeFileSync(path.join(folder, 'releases', '1.0.0.json'), JSON.stringify(parse(readFileSync(`${siteFixture}/releases/1.0.0.yaml`, 'utf8'))));
    expect(() => readReleases(path.join(folder, 'api.yaml'))).toThrow(/version 1\.0\.0 is released twice/);
    rmSync(path.join(folder, 'releases', '1.0.0.json'));
    writeFileSync(path.join(folder, 'releases', '1.1.0.yaml'), 'openapi: 3.1.0\ninfo: [1\n');
    expect(() => readReleases(path.join(folder, 'api.yaml'))).toThrow(/1\.1\.0\.yaml:\d+:\d+: invalid YAML/);
  });

  it('check:openapi refuses a document older than its newest release', () => {
    const document = copyOfSite('older');
    writeFileSync(document, readFileSync(document, 'utf8').replace("version: 2.0.0", 'version: 1.5.0'));
    expect(() => checkReleases(document)).toThrow(/partner-api\.yaml:\d+: info\.version 1\.5\.0 is older than the newest release, 2\.0\.0/);
    expect(checkReleases(`${siteFixture}/partner-api.yaml`)).toBe(`${siteFixture}/releases: 3 releases, the newest 2.0.0 of 2026-10-01`);
  });
});

describe('the changelog', () => {
  it('lists the unreleased changes, then each release newest first, breaking changes first', () => {
    process.env.WINGFIELD_OPENAPI = `${siteFixture}/partner-api.yaml`;
    const { releases, entries } = getChangelog();
    expect(releases.map((release) => release.version)).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(entries.map((entry) => [entry.release?.version, entry.previous?.version])).toEqual([
      [undefined, '2.0.0'],
      ['2.0.0', '1.1.0'],
      ['1.1.0', '1.0.0'],
      ['1.0.0', undefined],
    ]);
    expect(entries[0].changes.map((change) => [change.class, change.summary])).toEqual([
      ['breaking', 'The 409 response was removed.'],
      // a webhook's payload is judged as its receiver reads it: a field gone breaks, a new required one does not
      ['breaking', 'Field `courtName` was removed from the payload.'],
      ['non-breaking', 'Required field `createdAt` was added to the 201 response.'],
      ['non-breaking', 'Required field `createdAt` was added to the 200 response.'],
      ['non-breaking', 'Required field `confirmedAt` was added to the payload.'],
    ]);
    expect(entries[0].changes[1].location).toMatchObject({ event: { kind: 'webhook', name: 'bookingConfirmed', method: 'POST' }, side: 'request', field: 'courtName' });
    expect(entries[1].changes.map((change) => change.class)).toEqual(['breaking', 'breaking', 'breaking', 'breaking', 'non-breaking', 'documentation']);
    expect(entries[3].changes).toEqual([]);
  });

  it('compares any two releases, either way', () => {
    process.env.WINGFIELD_OPENAPI = `${siteFixture}/partner-api.yaml`;
    const forward = changesBetween('1.0.0', '2.0.0');
    expect(forward.map((change) => change.summary)).toContain('The operation `DELETE /bookings/{bookingId}` was removed.');
    expect(forward.map((change) => change.summary)).toContain('The operation `GET /courts/{courtId}` was added.');
    const back = changesBetween('2.0.0', '1.0.0');
    expect(back.map((change) => change.summary)).toContain('The operation `DELETE /bookings/{bookingId}` was added.');
    expect(changesBetween('1.0.0', '1.1.0')).toBe(getChangelog().entries[2].changes);
    expect(() => changesBetween('9.9.9', '1.0.0')).toThrow(UnknownReleaseError);
    expect(() => changesBetween('9.9.9', '1.0.0')).toThrow('no release "9.9.9"; the releases are 2.0.0, 1.1.0, 1.0.0');
  });

  it("says which release added, changed and deprecated an operation", () => {
    process.env.WINGFIELD_OPENAPI = `${siteFixture}/partner-api.yaml`;
    const getBooking = operationHistory('get', '/bookings/{bookingId}');
    expect(getBooking.added).toBeUndefined();
    expect(getBooking.deprecated).toBe('2.0.0');
    expect(getBooking.changed.map(({ version, changes }) => [version, changes.map((change) => change.summary)])).toEqual([
      ['2.0.0', ['`status` can be the new value `pending` in the 200 response.', 'The operation was deprecated.', "The operation's description was added."]],
    ]);
    expect(operationHistory('GET', '/courts/{courtId}')).toEqual({ added: '1.1.0', changed: [] });
    expect(operationHistory('POST', '/bookings').changed.map(({ version }) => version)).toEqual(['2.0.0', '1.1.0']);
  });

  it('follows an edit of the document or a release, as the model does', () => {
    const document = copyOfSite('edited');
    process.env.WINGFIELD_OPENAPI = document;
    const before = getChangelog();
    expect(getChangelog()).toBe(before);
    const text = readFileSync(document, 'utf8');
    writeFileSync(document, text.replace('summary: Get a booking', 'summary: Read a booking'));
    utimesSync(document, new Date(), new Date(Date.now() + 5_000));
    const after = getChangelog();
    expect(after).not.toBe(before);
    expect(after.entries[0].changes.map((change) => change.summary)).toContain("The operation's summary changed.");
  });
});

describe('npm run diff', () => {
  it('exits 1 on the unreleased breaking change, listing each change with its class and file:line', { timeout: 120_000 }, () => {
    const result = run('scripts/diff.ts', [], `${siteFixture}/partner-api.yaml`);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^tests\/fixtures\/changes\/site\/partner-api\.yaml:\d+: breaking: POST \/bookings: The 409 response was removed\.$/);
    const createdAt = lines.find((line) => line.includes('POST /bookings: Required field `createdAt`'))!;
    expect(createdAt).toMatch(/^tests\/fixtures\/changes\/site\/partner-api\.yaml:(\d+): non-breaking: POST \/bookings: Required field `createdAt` was added to the 201 response\.$/);
    // the line of the field in the shared schema, through the $ref
    const line = Number(/:(\d+):/.exec(createdAt)![1]);
    expect(readFileSync(`${siteFixture}/partner-api.yaml`, 'utf8').split('\n')[line - 1].trim()).toBe('createdAt:');
    // a webhook's change is on the line of its schema, named by the webhook
    const webhook = lines.find((line) => line.includes('webhook bookingConfirmed'))!;
    expect(webhook).toMatch(/^tests\/fixtures\/changes\/site\/partner-api\.yaml:\d+: breaking: webhook bookingConfirmed: Field `courtName` was removed from the payload\.$/);
    // a removed field is at the nearest part that remains: the properties of the payload's shared schema
    const schemaLine = Number(/:(\d+):/.exec(webhook)![1]);
    const written = readFileSync(`${siteFixture}/partner-api.yaml`, 'utf8').split('\n');
    expect(written[schemaLine - 1].trim()).toBe('properties:');
    expect(written[schemaLine - 6].trim()).toBe('BookingConfirmed:');
    expect(result.stderr).toContain('2 breaking changes');
  });

  it('exits 0 with --allow-breaking, and on a document with no changes', { timeout: 120_000 }, () => {
    const allowed = run('scripts/diff.ts', ['--allow-breaking'], `${siteFixture}/partner-api.yaml`);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('the next release must bump the major version');
    const same = run('scripts/diff.ts', [], 'openapi/wingfield-partner-api.yaml');
    expect(same.stdout).toContain('No changes since 1.0.0');
    expect(same.status).toBe(0);
    expect(run('scripts/diff.ts', ['--allow-breakin'], 'openapi/wingfield-partner-api.yaml').status).toBe(2);
  });

  it('exits 2 with file:line when the current document cannot be read', { timeout: 120_000 }, () => {
    const broken = copyOfSite('unreadable');
    writeFileSync(broken, 'openapi: 3.1.0\ninfo: [\n');
    const result = run('scripts/diff.ts', [], broken);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/partner-api\.yaml:3:1: invalid YAML/);
  });
});

describe('npm run release', () => {
  it('refuses a version already released, or not bumped enough, and writes one bumped enough', { timeout: 180_000 }, () => {
    const document = copyOfSite('release');
    const taken = run('scripts/release.ts', ['--date=2026-12-01'], document);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('version 2.0.0 is already released');

    const text = readFileSync(document, 'utf8');
    writeFileSync(document, text.replace('version: 2.0.0', 'version: 2.1.0'));
    const minor = run('scripts/release.ts', ['--date=2026-12-01'], document);
    expect(minor.status).toBe(1);
    expect(minor.stderr).toContain('breaking: POST /bookings: The 409 response was removed.');
    expect(minor.stderr).toContain('2.1.0 is a minor step from 2.0.0, but the changes above need a major one');

    writeFileSync(document, text.replace('version: 2.0.0', 'version: 3.0.0'));
    expect(run('scripts/release.ts', ['--date=2026-13-01'], document).stderr).toContain('--date must be a date written YYYY-MM-DD');
    const major = run('scripts/release.ts', ['--date=2026-12-01'], document);
    expect(major.stderr).toBe('');
    expect(major.status).toBe(0);
    const [newest] = readReleases(document);
    expect(newest).toMatchObject({ version: '3.0.0', date: '2026-12-01' });
    expect(newest.first).toBeUndefined();
    // the release is the document as written, with its date
    expect(readFileSync(newest.file, 'utf8')).toBe(readFileSync(document, 'utf8').replace("  version: 3.0.0\n", "  version: 3.0.0\n  x-release-date: 2026-12-01\n"));
  });

  it('records the first release of a document that has none, and says it is the first', { timeout: 120_000 }, () => {
    const folder = path.join(dir, 'first');
    mkdirSync(folder);
    const document = path.join(folder, 'api.json');
    writeFileSync(document, JSON.stringify(parse(readFileSync('tests/fixtures/changes/base.yaml', 'utf8'))));
    const result = run('scripts/release.ts', ['--date=2026-12-07'], document);
    expect(result.stdout).toContain('Released 1.0.0 (2026-12-07)');
    expect(result.stdout).toContain('the first release documented');
    expect(readReleases(document)).toEqual([{ version: '1.0.0', date: '2026-12-07', file: path.relative(process.cwd(), path.join(folder, 'releases', '1.0.0.json')), first: true }]);
  });
});

describe('versions', () => {
  it('order and bump as semver says, a 0.x minor step counting as major', () => {
    expect(bumpBetween(parseVersion('1.9.0')!, parseVersion('1.10.0')!)).toBe('minor');
    expect(bumpBetween(parseVersion('1.0.0')!, parseVersion('1.0.0-rc.1')!)).toBe('none');
    expect(bumpBetween(parseVersion('0.3.0')!, parseVersion('0.4.0')!)).toBe('major');
    expect(bumpsEnough('patch', 'minor')).toBe(false);
    expect(bumpsEnough('major', 'minor')).toBe(true);
    for (const bad of ['1.0', 'v1.0.0', '01.0.0', '1.0.0+build', '1.0.0-']) expect(parseVersion(bad), bad).toBeUndefined();
  });
});
