import { describe, expect, it } from 'vitest';
import { validatorLoaders } from '@/lib/generated/validators';
import { checkConformance } from '@/lib/try-it/check-conformance';
import { tryItPayload } from '@/lib/try-it/try-it-payload';

const answer = (status: number, body: unknown) => ({ status, contentType: 'application/json', body, text: JSON.stringify(body) });

describe('an answer is recognised only by documented fields, even where the schema requires none', async () => {
  const { endpoint } = tryItPayload('getUserById')!;
  const validators = (await validatorLoaders.getUserById()).validators;
  const check = (body: unknown, status = 200) =>
    checkConformance(answer(status, body), 'getUserById', endpoint.statuses, validators, endpoint.documentedFields);

  it('the payload carries the documented fields of the success response', () => {
    expect(endpoint.documentedFields['200']).toEqual(expect.arrayContaining(['id', 'firstName', 'lastName']));
  });

  it('flags {"ok": true} on Get user by ID as not recognised, naming what came and what is documented', () => {
    const result = check({ ok: true });
    expect(result).toMatchObject({ matches: false, recognised: false });
    expect(result.mismatches[0].message).toMatch(/none of the documented fields.*"id".*received only undocumented ones: "ok"/);
  });

  it('flags an empty object', () => {
    expect(check({})).toMatchObject({ matches: false, recognised: false });
  });

  it('accepts a user with one documented field among unknown ones', () => {
    expect(check({ id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', somethingNew: 1 })).toEqual({ matches: true, mismatches: [] });
  });

  it('leaves error answers to their schema', () => {
    expect(check({ error: { type: 'missing_api_token', message: 'x' } }, 401)).toEqual({ matches: true, mismatches: [] });
  });

  it('does not flag a documented empty object', async () => {
    const deletion = tryItPayload('deleteCourtBooking')!.endpoint;
    const result = checkConformance(
      answer(200, {}),
      'deleteCourtBooking',
      deletion.statuses,
      (await validatorLoaders.deleteCourtBooking()).validators,
      deletion.documentedFields,
    );
    expect(result).toEqual({ matches: true, mismatches: [] });
  });
});
