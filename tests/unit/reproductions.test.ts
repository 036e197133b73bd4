import { describe, expect, it } from 'vitest';
import { getApiModel } from '@/lib/endpoints';
import { exampleValues, reproduce, type LoadedReproduction } from '@/lib/try-it/reproductions';
import { applyPreset, getRequestState, registerFormEngine, stopReproducing, type FormValues } from '@/components/try-it/request-state';

const model = getApiModel();
const claim = model.byKey.get('claimOrganizationRelation')!;

function loaded(operationId: string, type: string): LoadedReproduction {
  const result = reproduce(model.byKey.get(operationId)!, type);
  if (!result.reproducible) throw new Error(`${type} is not reproducible on ${operationId}`);
  return result.reproduction;
}

describe('each reproduction is the documented example plus its one fault', () => {
  it('without a token: the example unchanged, and "token omitted"', () => {
    const r = loaded('claimOrganizationRelation', 'missing_api_token');
    expect(r.values).toEqual(exampleValues(claim));
    expect(r.token).toBe('none');
    expect(r.changes).toEqual(['token omitted']);
  });

  it('a malformed connect token: only connectToken differs, and it says from what', () => {
    const r = loaded('claimOrganizationRelation', 'malformed_connect_token');
    expect(r.values.body).toEqual({ ...(claim.body!.example as object), connectToken: 'not-a-connect-token' });
    expect(r.values.path).toEqual(exampleValues(claim).path);
    expect(r.changes).toEqual(['body connectToken: "not-a-connect-token" instead of "<connect-token>"']);
  });

  it('a path fault keeps the example body and names the parameter', () => {
    const user = model.byKey.get('getUserById')!;
    const r = loaded('getUserById', 'invalid_schema');
    expect(r.values.body).toEqual(user.body?.example);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatch(/^path parameter \w+: "not-a-uuid" instead of "/);
  });

  it('every reproducible row of every operation changes something, and names it', () => {
    for (const endpoint of model.endpoints) {
      for (const row of endpoint.errors) {
        const result = reproduce(endpoint, row.type);
        if (result.reproducible) expect(result.reproduction.changes.length, `${endpoint.operationId} ${row.type}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('reproductions do not stack, and "Stop reproducing" gives the request back', () => {
  it('restores exactly what the user had before the first one', () => {
    const mine: FormValues = { path: { externalServiceId: '11111111-2222-4333-8444-555555555555' }, query: {}, header: {}, body: { connectToken: 'mine', externalOrganizationId: 'club-7' } };
    const form = { data: structuredClone(mine) as FormValues, getData() { return this.data; } };
    const unregister = registerFormEngine(form);

    const malformed = loaded('claimOrganizationRelation', 'malformed_connect_token');
    applyPreset({ errorType: 'malformed_connect_token', changes: malformed.changes }, malformed.values);
    form.data = structuredClone(getRequestState().fill!.values);

    const missing = loaded('claimOrganizationRelation', 'missing_api_token');
    applyPreset({ errorType: 'missing_api_token', token: 'none', changes: missing.changes }, missing.values);
    expect(getRequestState().fill!.values.body).toEqual(claim.body!.example);
    expect(getRequestState().preset?.token).toBe('none');

    stopReproducing();
    expect(getRequestState().preset).toBeUndefined();
    expect(getRequestState().fill!.values).toEqual(mine);
    unregister();
  });
});
