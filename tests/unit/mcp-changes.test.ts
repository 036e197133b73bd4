import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectMcpClient, type McpTestClient } from './support/mcp-client';

vi.mock('fumadocs-mdx:collections/server', async () => (await import('./support/guide-collection')).guideCollection());

const origin = 'http://docs.test';
let dir: string;
let mcp: McpTestClient;
let client: Client;

interface ChangeList {
  releases: { version: string; date?: string; first?: boolean; changes: { class: string; kind: string; summary: string; operation?: string; operationId?: string; event?: string; url?: string; side?: string; field?: string }[] }[];
  total: number;
  note: string;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcp-changes-'));
  cpSync('tests/fixtures/changes/site', dir, { recursive: true });
  mcp = await connectMcpClient(path.join(dir, 'partner-api.yaml'), 'mcp-changes-test', origin);
  client = mcp.client;
}, 120_000);

afterAll(async () => {
  await mcp?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name: 'list_changes', arguments: args })) as CallToolResult;
}

const textOf = (result: CallToolResult) => result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
const listOf = async (args: Record<string, unknown>) => JSON.parse(textOf(await call(args))) as ChangeList;

describe('list_changes', () => {
  it('lists the unreleased changes and every release, newest first, breaking first, with the pages of operations that exist', async () => {
    const list = await listOf({});
    expect(list.releases.map((release) => [release.version, release.date, release.first])).toEqual([
      ['unreleased', undefined, undefined],
      ['2.0.0', '2026-10-01', undefined],
      ['1.1.0', '2026-06-15', undefined],
      ['1.0.0', '2026-03-02', true],
    ]);
    expect(list.total).toBe(15);
    expect(list.note).toBe('All 15 changes, newest release first, breaking changes first within each.');
    const [first] = list.releases[0].changes;
    expect(first).toMatchObject({ class: 'breaking', kind: 'removed', summary: 'The 409 response was removed.', operationId: 'createBooking', side: 'response', url: `${origin}/partner-api/booking/createBooking` });
    // a webhook's change names the webhook and links to its page, judged as the receiver meets it
    const webhook = list.releases[0].changes.find((change) => change.event !== undefined)!;
    expect(webhook).toMatchObject({ class: 'breaking', kind: 'removed', summary: 'Field `courtName` was removed from the payload.', event: 'webhook bookingConfirmed', side: 'request', field: 'courtName' });
    expect(webhook.operation).toBeUndefined();
    expect(webhook.url).toMatch(new RegExp(`^${origin}/partner-api/webhooks/[a-z-]+$`));
    const removed = list.releases[1].changes.find((change) => change.operationId === 'deleteBooking')!;
    expect(removed.url).toBeUndefined();
  });

  it('since a release gives what changed after it; operationId one operation, also one since removed', async () => {
    expect((await listOf({ since: '1.1.0' })).releases.map((release) => release.version)).toEqual(['unreleased', '2.0.0']);
    expect((await listOf({ since: 'v2.0.0' })).releases.map((release) => release.version)).toEqual(['unreleased']);
    const removed = await listOf({ operationId: 'deleteBooking' });
    expect(removed.releases.map((release) => [release.version, release.changes.map((change) => change.summary)])).toEqual([
      ['2.0.0', ['The operation `DELETE /bookings/{bookingId}` was removed.']],
    ]);
    const both = await listOf({ since: '1.0.0', operationId: 'getBooking' });
    expect(both.releases.map((release) => release.version)).toEqual(['unreleased', '2.0.0']);
    expect(both.note).toBe('All 4 changes to "getBooking" since 1.0.0, newest release first, breaking changes first within each.');
  });

  it('refuses an unknown release or operation with what there is, and an argument over 300 characters', async () => {
    const since = await call({ since: '3.0.0' });
    expect(since.isError).toBe(true);
    expect(textOf(since)).toBe('Invalid argument "since": no release "3.0.0". Closest releases: 2.0.0, 1.0.0, 1.1.0.');
    const typo = await call({ operationId: 'getBookin' });
    expect(typo.isError).toBe(true);
    expect(textOf(typo)).toMatch(/^Invalid argument "operationId": no operation "getBookin"\. Closest operationIds: getBooking/);
    const long = await call({ since: '1'.repeat(301) });
    expect(long.isError).toBe(true);
    expect(textOf(long)).toContain('it is 301 characters long, and at most 300 are accepted');
  });
});

describe('list_changes on a release that removed 1,500 operations', () => {
  it('cuts the answer at a whole change under 40,000 characters and says so', { timeout: 180_000 }, async () => {
    const folder = path.join(dir, 'large');
    mkdirSync(path.join(folder, 'releases'), { recursive: true });
    const paths: Record<string, object> = {};
    for (let index = 0; index < 1_500; index++) {
      paths[`/things-${index}/${'segment/'.repeat(20)}{thingId}`] = {
        get: {
          operationId: `getThing${index}`,
          parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The thing.' } },
        },
      };
    }
    const document = (version: string, withPaths: boolean) => ({
      openapi: '3.1.0',
      info: { title: 'Large API', version, ...(version === '1.0.0' && { 'x-release-date': '2026-01-01' }) },
      paths: withPaths ? paths : { '/left': { get: { operationId: 'left', responses: { '200': { description: 'Left.' } } } } },
    });
    writeFileSync(path.join(folder, 'releases', '1.0.0.json'), JSON.stringify(document('1.0.0', true)));
    writeFileSync(path.join(folder, 'api.json'), JSON.stringify(document('2.0.0', false)));
    process.env.WINGFIELD_OPENAPI = path.join(folder, 'api.json');
    const { listChanges } = await import('@/lib/mcp/change-tools');
    const answer = listChanges({}, origin);
    const text = JSON.stringify(answer, null, 2);
    expect(text.length).toBeLessThan(40_000);
    expect(answer.total).toBe(1_501);
    const shown = answer.releases.flatMap((release) => release.changes).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(1_501);
    expect(answer.note).toBe(`Cut: the newest ${shown} of 1,501 changes. Pass since (a release's version) for fewer, or read ${origin}/partner-api/changelog.`);
  });
});
