import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Change } from '@/lib/changes';
import { pointerSegments } from '@/lib/openapi/json-pointer';
import { readDocument, type LoadedDocument } from '@/lib/openapi/load-document';

/*
 * Webhooks and callbacks are requests the API sends: each change is judged as the integrator who
 * receives them meets it, and located in the event, on a document written here.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case edits the document's plain data freely
type Document = any;

const hostileName = 'a`b/c~d%';

function baseDocument(): Document {
  const payload = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Booking' } } } };
  const reply = { description: 'Received.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ack' } } } };
  const signature = { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } };
  return {
    openapi: '3.1.0',
    info: { title: 'Events', version: '1.0.0' },
    paths: {
      '/bookings': {
        post: {
          operationId: 'createBooking',
          requestBody: payload,
          responses: { '201': { description: 'Created.' } },
        },
      },
      '/subscriptions': {
        post: {
          operationId: 'subscribe',
          responses: { '201': { description: 'Subscribed.' } },
          callbacks: { onBooking: { '{$request.body#/url}': { post: { requestBody: payload, responses: { '200': reply } } } } },
        },
      },
    },
    webhooks: {
      bookingCreated: { post: { summary: 'Booking created', parameters: [signature], requestBody: payload, responses: { '200': reply } } },
      bookingCancelled: { $ref: '#/components/pathItems/Cancelled' },
      [hostileName]: { post: { requestBody: payload, responses: { '204': { description: 'Received.' } } } },
    },
    components: {
      pathItems: { Cancelled: { post: { requestBody: payload, responses: { '204': { description: 'Received.' } } } } },
      schemas: {
        Booking: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, court: { type: 'string' }, status: { type: 'string', enum: ['confirmed', 'cancelled'] } },
        },
        Ack: { type: 'object', properties: { received: { type: 'boolean' }, note: { type: 'string' } } },
      },
    },
  };
}

let dir: string;
let base: LoadedDocument;
let count = 0;

function load(document: Document): LoadedDocument {
  const file = path.join(dir, `${count++}.yaml`);
  writeFileSync(file, stringify(document));
  return readDocument(file);
}

function changesAfter(edit: (document: Document) => void): Change[] {
  const document = baseDocument();
  edit(document);
  return compareDocuments(base, load(document));
}

const ofWebhook = (changes: Change[], name = 'bookingCreated') => changes.filter((change) => change.location.event?.kind === 'webhook' && change.location.event.name === name);
const brief = (changes: Change[]) => changes.map((change) => [change.class, change.kind, change.summary]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'event-changes-'));
  base = load(baseDocument());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a webhook is judged as its receiver meets the change', () => {
  it('one change to a shared schema: breaking for the caller of an operation, not for the receiver of a webhook, and the other way round', () => {
    const added = changesAfter((document) => {
      document.components.schemas.Booking.properties.sport = { type: 'string' };
      document.components.schemas.Booking.required.push('sport');
    });
    expect(added.find((change) => change.location.operation?.operationId === 'createBooking')).toMatchObject({ class: 'breaking', kind: 'added' });
    expect(brief(ofWebhook(added))).toEqual([['non-breaking', 'added', 'Required field `sport` was added to the payload.']]);

    const removed = changesAfter((document) => delete document.components.schemas.Booking.properties.court);
    expect(removed.find((change) => change.location.operation?.operationId === 'createBooking')?.class).toBe('non-breaking');
    expect(brief(ofWebhook(removed))).toEqual([['breaking', 'removed', 'Field `court` was removed from the payload.']]);
    expect(ofWebhook(removed)[0].location).toMatchObject({ side: 'request', field: 'court', pointer: '#/webhooks/bookingCreated/post/requestBody/content/application~1json/schema/properties/court' });
  });

  it('a payload value the receiver may not know, or a field it can no longer count on, is breaking', () => {
    expect(brief(ofWebhook(changesAfter((document) => document.components.schemas.Booking.properties.status.enum.push('pending'))))).toEqual([
      ['breaking', 'added', '`status` can be the new value `pending` in the payload.'],
    ]);
    const optional = changesAfter((document) => (document.components.schemas.Booking.required = []));
    expect(brief(ofWebhook(optional))).toEqual([['breaking', 'changed', '`id` is no longer required in the payload.']]);
  });

  it('a header sent with the payload: gone is breaking, a new one is not', () => {
    const gone = changesAfter((document) => (document.webhooks.bookingCreated.post.parameters = []));
    expect(brief(ofWebhook(gone))).toEqual([['breaking', 'removed', 'The required `X-Signature` header parameter was removed.']]);
    expect(ofWebhook(gone)[0].location).toMatchObject({ side: 'request', field: 'X-Signature' });
    const more = changesAfter((document) => document.webhooks.bookingCreated.post.parameters.push({ name: 'X-Attempt', in: 'header', schema: { type: 'integer' } }));
    expect(brief(ofWebhook(more))).toEqual([['non-breaking', 'added', 'The `X-Attempt` header parameter was added.']]);
  });

  it('what the receiver answers: a new required field or a status no longer accepted is breaking, a field it may leave out is not', () => {
    const required = changesAfter((document) => (document.components.schemas.Ack.required = ['received']));
    expect(ofWebhook(required).map((change) => [change.class, change.location.side, change.location.status, change.summary])).toEqual([
      ['breaking', 'response', '200', '`received` became required in the expected 200 response.'],
    ]);
    const removed = changesAfter((document) => delete document.components.schemas.Ack.properties.note);
    expect(brief(ofWebhook(removed))).toEqual([['non-breaking', 'removed', 'Field `note` was removed from the expected 200 response.']]);
    const status = changesAfter((document) => {
      const replies = document.webhooks.bookingCreated.post.responses;
      replies['202'] = replies['200'];
      delete replies['200'];
    });
    expect(brief(ofWebhook(status))).toEqual([
      ['breaking', 'removed', 'The expected 200 response was removed.'],
      ['non-breaking', 'added', 'The expected 202 response was added.'],
    ]);
  });

  it('a webhook removed is breaking and said once; one added is not; deprecated and retitled are said so', () => {
    const gone = changesAfter((document) => delete document.webhooks.bookingCreated);
    expect(brief(ofWebhook(gone))).toEqual([['breaking', 'removed', 'The webhook `bookingCreated` (`POST`) was removed.']]);
    const added = changesAfter((document) => (document.webhooks.bookingMoved = document.webhooks.bookingCreated));
    expect(brief(ofWebhook(added, 'bookingMoved'))).toEqual([['non-breaking', 'added', 'The webhook `bookingMoved` (`POST`) was added.']]);
    const deprecated = changesAfter((document) => (document.webhooks.bookingCreated.post.deprecated = true));
    expect(ofWebhook(deprecated).map((change) => [change.kind, change.summary])).toEqual([['deprecated', 'The webhook `bookingCreated` was deprecated.']]);
    const retitled = changesAfter((document) => (document.webhooks.bookingCreated.post.summary = 'A booking was made'));
    expect(brief(ofWebhook(retitled))).toEqual([['documentation', 'changed', "The webhook `bookingCreated`'s summary changed."]]);
  });

  it('follows a webhook written as a $ref to a path item', () => {
    const changes = changesAfter((document) => delete document.components.schemas.Booking.properties.court);
    expect(brief(ofWebhook(changes, 'bookingCancelled'))).toEqual([['breaking', 'removed', 'Field `court` was removed from the payload.']]);
  });

  it('a hostile webhook name stays a name: one code span in the summary, escaped in the pointer', () => {
    const changes = ofWebhook(
      changesAfter((document) => delete document.components.schemas.Booking.properties.court),
      hostileName,
    );
    expect(changes).toHaveLength(1);
    expect(pointerSegments(changes[0].location.pointer).slice(0, 3)).toEqual(['webhooks', hostileName, 'post']);
    const gone = ofWebhook(
      changesAfter((document) => delete document.webhooks[hostileName]),
      hostileName,
    );
    expect(gone[0].summary).toBe("The webhook `a'b/c~d%` (`POST`) was removed.");
  });
});

describe('a callback is judged as its receiver meets the change', () => {
  it('names the callback and the operation that registers it', () => {
    const changes = changesAfter((document) => delete document.components.schemas.Booking.properties.court);
    const callback = changes.find((change) => change.location.event?.kind === 'callback')!;
    expect(callback).toMatchObject({ class: 'breaking', kind: 'removed', summary: 'Field `court` was removed from the payload.' });
    expect(callback.location.event).toEqual({
      kind: 'callback',
      name: 'onBooking',
      method: 'POST',
      expression: '{$request.body#/url}',
      registeredBy: { method: 'POST', path: '/subscriptions', operationId: 'subscribe' },
    });
  });

  it('leaves a callback of an operation added or removed to that operation', () => {
    const changes = changesAfter((document) => delete document.paths['/subscriptions']);
    expect(changes.filter((change) => change.location.event?.kind === 'callback')).toEqual([]);
    expect(changes.map((change) => change.summary)).toContain('The operation `POST /subscriptions` was removed.');
  });
});
