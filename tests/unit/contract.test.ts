import { describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { validatorLoaders } from '@/lib/generated/validators';
import { checkConformance } from '@/lib/try-it/check-conformance';
import { validateRequest, type ParameterSpec } from '@/lib/try-it/validate-request';

const claim = getApiModel().byKey.get('claimOrganizationRelation')!;
const bookings = getApiModel().byKey.get('listCourtBookings')!;
const load = async (operationId: string) => (await validatorLoaders[operationId]()).validators;
const specs = (e: typeof claim): ParameterSpec[] =>
  [...e.parameters.path, ...e.parameters.query].map((p) => ({ name: p.name, in: p.in, required: p.required, type: p.type }));

describe('request validation against the document (the generated validators the browser uses)', () => {
  it('accepts the documented example request', async () => {
    const issues = validateRequest(
      await load('claimOrganizationRelation'),
      'claimOrganizationRelation',
      specs(claim),
      { path: { externalServiceId: 'e8623a0d-39de-4963-9c6c-a25dc38e89c9' }, query: {}, header: {}, body: claim.body!.example },
      'required',
    );
    expect(issues).toEqual([]);
  });

  it('reports each kind of failure with the field it concerns', async () => {
    const issues = validateRequest(
      await load('claimOrganizationRelation'),
      'claimOrganizationRelation',
      specs(claim),
      { path: { externalServiceId: 'not-a-uuid' }, query: {}, header: {}, body: { connectToken: 42 } },
      'required',
    );
    expect(issues).toEqual([
      { location: 'path', field: 'externalServiceId', message: 'must be a valid uuid' },
      { location: 'body', field: '/externalOrganizationId', message: 'externalOrganizationId is required' },
      { location: 'body', field: '/connectToken', message: 'must be string' },
    ]);
  });

  it('reads query values as their schema type, and checks ranges, formats and enums', async () => {
    const validators = await load('listCourtBookings');
    const check = (query: Record<string, unknown>) =>
      validateRequest(validators, 'listCourtBookings', specs(bookings), { path: { externalServiceId: 'e8623a0d-39de-4963-9c6c-a25dc38e89c9' }, query, header: {} }, 'none');
    expect(check({ limit: '50', offset: '0' })).toEqual([]);
    expect(check({ limit: '500' })).toEqual([{ location: 'query', field: 'limit', message: 'must be <= 100' }]);
    expect(check({ limit: 'ten' })).toEqual([{ location: 'query', field: 'limit', message: 'must be integer' }]);
    expect(check({ from: 'yesterday' })).toEqual([{ location: 'query', field: 'from', message: 'must be a valid date-time' }]);
    expect(check({ participantEmail: 'nobody' })).toEqual([{ location: 'query', field: 'participantEmail', message: 'must be a valid email' }]);
  });

  it('says a body that is not there yet is missing, not of the wrong type, and only where the document requires one', async () => {
    const validators = await load('claimOrganizationRelation');
    const withBody = (body: 'optional' | 'required') =>
      validateRequest(validators, 'claimOrganizationRelation', specs(claim), { path: { externalServiceId: 'e8623a0d-39de-4963-9c6c-a25dc38e89c9' }, query: {}, header: {} }, body);
    expect(withBody('required')).toEqual([{ location: 'body', field: '', message: 'The request body is required.' }]);
    expect(withBody('optional')).toEqual([]);
  });

  it('says a missing required path parameter is required', async () => {
    const issues = validateRequest(await load('claimOrganizationRelation'), 'claimOrganizationRelation', specs(claim), { path: {}, query: {}, header: {}, body: claim.body!.example }, 'required');
    expect(issues).toEqual([{ location: 'path', field: 'externalServiceId', message: 'is required' }]);
  });
});

describe('response conformance', () => {
  const statuses = claim.errorStatuses.map((s) => s.status).concat(claim.success!.status);
  const answer = (status: number, body: unknown) => ({ status, contentType: 'application/json', body, text: JSON.stringify(body) });

  it('matches for the documented success and for a documented error type', async () => {
    const validators = await load('claimOrganizationRelation');
    expect(checkConformance(answer(200, claim.success!.example), 'claimOrganizationRelation', statuses, validators)).toEqual({ matches: true, mismatches: [] });
    expect(
      checkConformance(answer(409, { error: { type: 'connect_token_unusable', message: 'x' } }), 'claimOrganizationRelation', statuses, validators),
    ).toEqual({ matches: true, mismatches: [] });
  });

  it('lists an undocumented status', async () => {
    const result = checkConformance(answer(418, {}), 'claimOrganizationRelation', statuses, await load('claimOrganizationRelation'));
    expect(result.matches).toBe(false);
    expect(result.mismatches[0]).toMatchObject({ pointer: '', message: expect.stringMatching(/^status 418 is not documented/) });
  });

  it('lists an error type not documented for the status, with its JSON pointer', async () => {
    const result = checkConformance(answer(409, { error: { type: 'stale_write', message: 'x' } }), 'claimOrganizationRelation', statuses, await load('claimOrganizationRelation'));
    expect(result.mismatches).toContainEqual({ pointer: '/error/type', message: expect.stringMatching(/^must be one of "connect_token_unusable"/) });
  });

  it('lists body fields of the wrong type and missing required fields', async () => {
    const result = checkConformance(answer(200, { id: 42, createdAt: 'yesterday' }), 'claimOrganizationRelation', statuses, await load('claimOrganizationRelation'));
    expect(result.mismatches).toEqual(
      expect.arrayContaining([
        { pointer: '/id', message: 'must be string' },
        { pointer: '/createdAt', message: 'must be a valid date-time' },
      ]),
    );
  });

  it('lists a body that is not JSON where JSON is documented', async () => {
    const result = checkConformance({ status: 200, contentType: 'text/html', body: undefined, text: '<html>' }, 'claimOrganizationRelation', statuses, await load('claimOrganizationRelation'));
    expect(result.mismatches).toEqual([{ pointer: '', message: 'the body is not JSON (text/html), but JSON is documented' }]);
  });
});

describe('JSON body problems', () => {
  it('give the line and column where parsing stops', async () => {
    const { jsonProblem } = await import('@/lib/try-it/json-position');
    expect(jsonProblem('{\n  "connectToken": "abc",\n  "externalOrganizationId": \n}')).toEqual({
      line: 4,
      column: 1,
      message: 'a value is expected',
    });
    expect(jsonProblem('{"a": 1}')).toBeUndefined();
  });
});
