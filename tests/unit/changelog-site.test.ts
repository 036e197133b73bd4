import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, Changelog, Release } from '@/lib/changes/change';
import { changelogFeed } from '@/lib/changelog/changelog-feed';
import { changelogView, parseCompareRange, releasePairs, tallyOf } from '@/lib/changelog/changelog-view';
import { buildApiModel } from '@/lib/endpoints';
import { changeMarkdown, entryMarkdown } from '@/lib/markdown/changelog-markdown';
import { readDocument } from '@/lib/openapi/load-document';

// the renderers on a changelog written out here, over the end-to-end fixture's document (its pages and rows)
const model = buildApiModel(readDocument(path.resolve(__dirname, '../fixtures/changes/site/partner-api.yaml')));

const release = (version: string, date: string): Release => ({ version, date, file: `releases/${version}.yaml` });
const [r1, r2, r3] = [release('1.0.0', '2026-03-02'), release('1.1.0', '2026-06-15'), release('2.0.0', '2026-10-01')];
const createBooking = { method: 'POST', path: '/bookings', operationId: 'createBooking' };

const change = (partial: Partial<Change> & Pick<Change, 'class' | 'summary'>): Change => ({
  kind: 'changed',
  location: { operation: createBooking, pointer: '/paths/~1bookings/post' },
  ...partial,
});

const documentationChange = change({ class: 'documentation', summary: 'The description of `note` changed in the request body.', location: { operation: createBooking, pointer: '/components/schemas/BookingInput/properties/note/description', side: 'request', field: 'note' } });
const noteRemoved = change({ kind: 'removed', class: 'breaking', summary: 'Field `memo` was removed from the request body.', location: { operation: createBooking, pointer: '/paths/~1bookings/post/requestBody/content/application~1json/schema/properties/memo', side: 'request', field: 'memo' } });
const notifyDeprecated = change({ kind: 'deprecated', class: 'non-breaking', summary: 'The `notify` query parameter was deprecated.', location: { operation: createBooking, pointer: '/paths/~1bookings/post/parameters/0/deprecated', side: 'request', field: 'notify' } });
const statusWidened = change({ class: 'breaking', summary: '`status` can be the new value `pending` in the 201 response.', location: { operation: createBooking, pointer: '/components/schemas/Booking/properties/status/enum', side: 'response', status: '201', field: 'status' } });
const operationRemoved = change({ kind: 'removed', class: 'breaking', summary: 'The operation `DELETE /bookings/{bookingId}` was removed.', location: { operation: { method: 'DELETE', path: '/bookings/{bookingId}' }, pointer: '/paths/~1bookings~1{bookingId}/delete' } });

const changelog: Changelog = {
  releases: [r3, r2, r1],
  entries: [
    { previous: r3, changes: [statusWidened] },
    { release: r3, previous: r2, changes: [documentationChange, noteRemoved, operationRemoved, notifyDeprecated] },
    { release: r2, previous: r1, changes: [] },
    { release: { ...r1, first: true }, changes: [] },
  ],
};

describe('the changelog pages', () => {
  const entries = changelogView(changelog, model);

  it('lists Unreleased first, then the releases newest first, each with its date', () => {
    expect(entries.map((entry) => [entry.title, entry.release?.date])).toEqual([
      ['Unreleased', undefined],
      ['2.0.0', '2026-10-01'],
      ['1.1.0', '2026-06-15'],
      ['1.0.0', '2026-03-02'],
    ]);
    expect(entries.map((entry) => entry.url)).toEqual([undefined, '/partner-api/changelog/2.0.0', '/partner-api/changelog/1.1.0', '/partner-api/changelog/1.0.0']);
  });

  it('puts breaking changes first within a release, keeping the order within each class', () => {
    expect(entries[1].changes.map((item) => item.class)).toEqual(['breaking', 'breaking', 'non-breaking', 'documentation']);
    expect(entries[1].changes[0].summary).toBe(noteRemoved.summary);
    expect(entries[1].tally).toBe('2 breaking changes, 1 non-breaking change and 1 documentation change.');
    expect(tallyOf([])).toBe('No changes.');
  });

  it('links a change to its endpoint and to the row of its parameter or field while it exists', () => {
    const [removedField, removedOperation, deprecated, documented] = entries[1].changes;
    const page = model.endpoints.find((endpoint) => endpoint.key === 'createBooking')!.url;
    expect(deprecated.target).toMatchObject({ endpoint: { url: page, title: 'Create a booking' }, row: { url: `${page}#parameter-query-notify`, label: 'notify' } });
    expect(documented.target?.row).toEqual({ url: `${page}#request-field-note`, label: 'note' });
    expect(entries[0].changes[0].target?.row).toEqual({ url: `${page}#response-field-status`, label: 'status' });
    // a field that is gone has no row; an operation that is gone has no page
    expect(removedField.target).toMatchObject({ endpoint: { url: page } });
    expect(removedField.target?.row).toBeUndefined();
    expect(removedOperation.target).toEqual({ operation: 'DELETE /bookings/{bookingId}' });
  });

  it('says of the first release that it is the first documented here, with the date it was recorded', () => {
    expect(entries[3].note).toBe('The first release documented here, recorded on 2026-03-02; earlier changes to the API are not listed.');
    expect(entries[3].tally).toBe('The first release documented here.');
    expect(entries[3].compareUrl).toBeUndefined();
    expect(entries[1].compareUrl).toBe('/partner-api/changelog/compare/1.1.0...2.0.0');
  });

  it('writes the same in Markdown: class in words, summary, endpoint and row', () => {
    expect(changeMarkdown(entries[1].changes[2])).toBe(
      '- **Non-breaking** (deprecated): The `notify` query parameter was deprecated. In [Create a booking](/partner-api/booking/createBooking) (`POST /bookings`), row [`notify`](/partner-api/booking/createBooking#parameter-query-notify).',
    );
    expect(entryMarkdown(entries[1])).toMatch(/^## 2\.0\.0\n\nReleased 2026-10-01 · since 1\.1\.0 · 2 breaking changes/);
  });
});

describe('the compare view', () => {
  it('has a page for every pair of releases, older first', () => {
    expect(releasePairs(changelog).map(([from, to]) => `${from.version}...${to.version}`)).toEqual(['1.1.0...2.0.0', '1.0.0...2.0.0', '1.0.0...1.1.0']);
  });

  it.each([
    ['1.0.0...2.0.0', ['1.0.0', '2.0.0']],
    ['2.0.0...1.0.0', undefined],
    ['1.0.0...1.0.0', undefined],
    ['1.0.0...9.9.9', undefined],
    ['1.0.0..2.0.0', undefined],
    ['1.0.0...1.1.0...2.0.0', undefined],
    ['<script>alert(1)</script>...2.0.0', undefined],
    ['__proto__...constructor', undefined],
  ])('reads %j as %j', (range, expected) => {
    expect(parseCompareRange(range, changelog)?.map((item) => item.version)).toEqual(expected);
  });
});

describe('the feed', () => {
  it('is Atom with one entry per release, newest first, unreleased changes left out', () => {
    const feed = changelogFeed({ siteUrl: 'https://docs.example.com', title: 'Partner API', entries: changelogView(changelog, model) });
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect([...feed.matchAll(/<entry>\s*<title>([^<]*)<\/title>/g)].map((match) => match[1].split(':')[0])).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(feed).toContain('<id>https://docs.example.com/partner-api/changelog/2.0.0</id>');
    expect(feed).toContain('<updated>2026-10-01T00:00:00Z</updated>');
    expect(feed).not.toContain('pending');
  });

  it('carries what the document says as text, never as markup', () => {
    const hostile: Changelog = {
      releases: [r2, r1],
      entries: [{ release: r2, previous: r1, changes: [change({ class: 'documentation', summary: 'The description became `</code><script>alert(1)</script>` & <img src=x onerror=alert(1)>.' })] }, { release: r1, changes: [] }],
    };
    const feed = changelogFeed({ siteUrl: 'https://docs.example.com', title: 'A & <B>', entries: changelogView(hostile, model) });
    expect(feed).not.toMatch(/<script|<img|<\/code><script/);
    expect(feed).toContain('&lt;code&gt;&amp;lt;/code&amp;gt;&amp;lt;script&amp;gt;');
    expect(feed).toContain('<title>A &amp; &lt;B&gt;: releases</title>');
  });
});
