import { describe, expect, it } from 'vitest';
import type { LinkChanges } from '@/lib/try-it/link-changes';
import { decodeShareFragment, encodeShareFragment, shareFragmentOf, type ShareTarget } from '@/lib/try-it/share-link';

// createBooking after 2.0.0: `memo` removed from the body and the `source` query parameter removed since 1.0.0
const changes: LinkChanges = {
  current: '2.0.0',
  since: [
    {
      version: '1.1.0',
      changes: [{ kind: 'removed', class: 'breaking', summary: 'Field `memo` was removed from the request body.', bodyField: 'memo' }],
    },
    {
      version: '1.0.0',
      changes: [
        { kind: 'removed', class: 'breaking', summary: 'Field `memo` was removed from the request body.', bodyField: 'memo' },
        { kind: 'removed', class: 'breaking', summary: 'The `source` query parameter was removed.' },
        { kind: 'removed', class: 'breaking', summary: 'Field `payment.voucher` was removed from the request body.', bodyField: 'payment.voucher' },
      ],
    },
    { version: '0.9.0', changes: [] },
  ],
};

const target: ShareTarget = {
  operationId: 'createBooking',
  parameters: [
    { name: 'notify', in: 'query', required: false, type: 'boolean' },
    { name: 'X-Api-Key', in: 'header', required: false, type: 'string' },
  ],
  hasBody: true,
  environments: ['Dev'],
  credentials: [{ in: 'header', name: 'X-Api-Key' }],
  changes,
};

const raw = (payload: unknown) => `#try-it=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
const decode = (fragment: string) => decodeShareFragment(shareFragmentOf(fragment)!, target);
const oldLink = { v: 1, op: 'createBooking', env: 'Dev', query: { notify: true, source: 'app' }, body: { courtId: 'c1', memo: 'bring balls', payment: { method: 'card', voucher: 'V1' } } };

describe('a shared link made for an earlier release', () => {
  it('records the version it was made for', () => {
    const fragment = encodeShareFragment({ operationId: 'createBooking', version: '2.0.0', values: { path: {}, query: {}, header: {}, body: { courtId: 'c1' } } });
    expect(decode(fragment)).toMatchObject({ ok: true, request: { version: '2.0.0', values: { body: { courtId: 'c1' } } } });
    expect(decode(fragment)).not.toHaveProperty('stale');
  });

  it('says what changed in the request since, and loads what is still valid, naming what it left out', () => {
    const result = decode(raw({ ...oldLink, ver: '1.0.0' }));
    expect(result).toEqual({
      ok: true,
      stale: {
        version: '1.0.0',
        current: '2.0.0',
        changes: changes.since[1].changes,
        dropped: ['query parameter `source`', 'body field `memo`', 'body field `payment.voucher`'],
      },
      request: {
        operationId: 'createBooking',
        environment: 'Dev',
        version: '1.0.0',
        values: { path: {}, query: { notify: true }, header: {}, body: { courtId: 'c1', payment: { method: 'card' } } },
      },
    });
  });

  it('is loaded as it is when the operation did not change since its release', () => {
    const result = decode(raw({ v: 1, op: 'createBooking', ver: '0.9.0', query: { notify: true } }));
    expect(result).toMatchObject({ ok: true, request: { version: '0.9.0', values: { query: { notify: true } } } });
    expect(result).not.toHaveProperty('stale');
  });

  it('without a version (made before links carried one) is read as before: an unknown parameter refuses it', () => {
    expect(decode(raw({ v: 1, op: 'createBooking', query: { notify: false } }))).toMatchObject({ ok: true, request: { values: { query: { notify: false } } } });
    expect(decode(raw(oldLink))).toEqual({ ok: false, problem: expect.stringContaining('"source" is not a query parameter of this endpoint') });
  });

  it.each(['<img src=x onerror=alert(1)>', '9.9.9', '__proto__', 'constructor', 42, ['1.0.0'], { version: '1.0.0' }])(
    'with the hostile or unknown version %j, is treated as of an unknown version: strict checks, nothing of it shown',
    (ver) => {
      const result = decode(raw({ v: 1, op: 'createBooking', ver, query: { notify: true } }));
      expect(result).toEqual({ ok: true, unknownVersion: true, request: { operationId: 'createBooking', environment: undefined, values: { path: {}, query: { notify: true }, header: {}, body: undefined } } });
      expect(JSON.stringify(result)).not.toContain('onerror');
      expect(decode(raw({ ...oldLink, ver }))).toMatchObject({ ok: false });
    },
  );

  it('still never sets a credential, nor a body with a field that reaches a prototype', () => {
    expect(decode(raw({ v: 1, op: 'createBooking', ver: '1.0.0', header: { 'X-Api-Key': 'stolen' } }))).toEqual({ ok: false, problem: expect.stringContaining('carries a credential') });
    const prototype = `#try-it=${Buffer.from(`{"v":1,"op":"createBooking","ver":"1.0.0","body":{"memo":"x","__proto__":{"polluted":true}}}`).toString('base64url')}`;
    expect(decode(prototype)).toEqual({ ok: false, problem: expect.stringContaining('"__proto__"') });
  });
});
