import { apiCompare, type Diff } from 'api-smart-diff';
import { pointerOf } from '../openapi/json-pointer';
import type { LoadedDocument } from '../openapi/load-document';
import { followRef, type PathSegment } from '../openapi/refs';
import { httpMethods } from '../openapi/types';
import type { ChangeLocation, EventRef } from './change';
import { capitalised, codeValue, verbs } from './summary-text';
import type { Place } from './change-place';
import { schemaPlace } from './schema-place';

/*
 * Webhooks and callbacks are requests the API sends: the integrator receives the payload and
 * writes the answer. api-smart-diff judges operations only (it walks `paths`, never `webhooks`
 * nor an operation's `callbacks`), and it judges them as the caller meets a change. So each
 * event is compared as an operation of a document of its own, turned round: the payload and the
 * headers sent with it become a response (what the integrator reads), and each expected response
 * becomes a request (what the integrator writes). The engine's verdict on that operation is the
 * receiver's; the change is then told and located as the document writes the event.
 */

type Json = Record<string, unknown>;

/** What an event's operation says of itself that the turned-round operation keeps: its texts, and whether it is deprecated. */
const ownKeywords = new Set(['description', 'summary', 'externalDocs', 'tags', 'deprecated']);
/** The status under which the turned-round operation answers with the payload. */
const payloadStatus = '200';

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value through its local `$ref`s (a path item, parameter, body or response may be one), when it is an object. */
function resolved(raw: Json, value: unknown): Json | undefined {
  const target = followRef(raw, value).value;
  return isObject(target) ? target : undefined;
}

interface Event {
  ref: EventRef;
  /** Where the event's operation is written: `webhooks/<name>/<method>`, or below its operation's `callbacks`. */
  base: PathSegment[];
  operation: Json;
  /** The path item's parameters and the operation's, by name (the operation's win). */
  parameters: Map<string, Json>;
  /** Each parameter's pointer segments in the document. */
  parameterPaths: Map<string, PathSegment[]>;
}

function eventOf(raw: Json, ref: EventRef, base: PathSegment[], item: Json, operation: Json): Event {
  const parameters = new Map<string, Json>();
  const parameterPaths = new Map<string, PathSegment[]>();
  const add = (list: unknown, at: PathSegment[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      const parameter = resolved(raw, entry);
      if (parameter && typeof parameter.name === 'string') {
        parameters.set(parameter.name, parameter);
        parameterPaths.set(parameter.name, [...at, 'parameters', index]);
      }
    });
  };
  add(item.parameters, base.slice(0, -1));
  add(operation.parameters, base);
  return { ref, base, operation, parameters, parameterPaths };
}

function eachOperation(raw: Json, item: Json | undefined, visit: (method: string, operation: Json) => void) {
  if (!item) return;
  for (const method of httpMethods) {
    const operation = resolved(raw, item[method]);
    if (operation) visit(method, operation);
  }
}

/** Every webhook and callback of a document, by a key that names it the same in both documents. */
function eventsOf(document: LoadedDocument, registering: Set<string>): Map<string, Event> {
  const raw = document.raw as unknown as Json;
  const events = new Map<string, Event>();
  for (const [name, value] of Object.entries(isObject(raw.webhooks) ? raw.webhooks : {})) {
    const item = resolved(raw, value);
    eachOperation(raw, item, (method, operation) => {
      const ref: EventRef = { kind: 'webhook', name, method: method.toUpperCase() };
      events.set(JSON.stringify(['webhook', name, method]), eventOf(raw, ref, ['webhooks', name, method], item!, operation));
    });
  }
  for (const [path, value] of Object.entries(isObject(raw.paths) ? raw.paths : {})) {
    eachOperation(raw, resolved(raw, value), (operationMethod, registrar) => {
      // a callback comes and goes with its operation: the operation's own change says it
      if (!registering.has(`${operationMethod} ${path}`)) return;
      const registeredBy = { method: operationMethod.toUpperCase(), path, ...(typeof registrar.operationId === 'string' && { operationId: registrar.operationId }) };
      for (const [name, callback] of Object.entries(resolved(raw, registrar.callbacks) ?? {})) {
        for (const [expression, itemValue] of Object.entries(resolved(raw, callback) ?? {})) {
          const item = resolved(raw, itemValue);
          eachOperation(raw, item, (method, operation) => {
            const ref: EventRef = { kind: 'callback', name, method: method.toUpperCase(), expression, registeredBy };
            const base = ['paths', path, operationMethod, 'callbacks', name, expression, method];
            events.set(JSON.stringify(['callback', operationMethod, path, name, expression, method]), eventOf(raw, ref, base, item!, operation));
          });
        }
      }
    });
  }
  return events;
}

/** The operations of a document's paths, `post /bookings`. */
function operationsOf(document: LoadedDocument): Set<string> {
  const raw = document.raw as unknown as Json;
  const found = new Set<string>();
  for (const [path, value] of Object.entries(isObject(raw.paths) ? raw.paths : {})) {
    eachOperation(raw, resolved(raw, value), (method) => found.add(`${method} ${path}`));
  }
  return found;
}

/** What a turned-round operation stands for: the event's payload, or one of the responses it expects. */
type Part = { event: string; reply?: string };

const partPath = (part: Part) => `/${encodeURIComponent(part.event)}${part.reply === undefined ? '' : `/${encodeURIComponent(part.reply)}`}`;

/** The fields of a header object that a parameter also has. */
function asHeader(parameter: Json): Json {
  const { name: _name, in: _in, ...header } = parameter;
  return header;
}

function documentation(operation: Json): Json {
  return Object.fromEntries(Object.entries(operation).filter(([key]) => ownKeywords.has(key)));
}

/** The document turned round: each event's payload as a response, each expected response as a request. */
function turnedRound(document: LoadedDocument, events: Map<string, Event>): Json {
  const raw = document.raw as unknown as Json;
  const paths: Json = {};
  for (const [key, event] of events) {
    const body = resolved(raw, event.operation.requestBody);
    const headers = Object.fromEntries([...event.parameters].map(([name, parameter]) => [name, asHeader(parameter)]));
    const payload = {
      description: typeof body?.description === 'string' ? body.description : '',
      // always there, even empty: a header gone or added is a change of its own, not of the whole map
      headers,
      ...(body?.content !== undefined && { content: body.content }),
    };
    paths[partPath({ event: key })] = { post: { ...documentation(event.operation), responses: { [payloadStatus]: payload } } };
    for (const [status, value] of Object.entries(resolved(raw, event.operation.responses) ?? {})) {
      const response = resolved(raw, value) ?? {};
      const replyHeaders = Object.entries(resolved(raw, response.headers) ?? {}).map(([name, header]) => ({ name, in: 'header', ...resolved(raw, header) }));
      paths[partPath({ event: key, reply: status })] = {
        post: {
          ...(typeof response.description === 'string' && { description: response.description }),
          parameters: replyHeaders,
          ...(response.content !== undefined && { requestBody: { required: true, content: response.content } }),
          responses: { default: { description: 'received' } },
        },
      };
    }
  }
  return { openapi: raw.openapi, info: raw.info, paths, ...(raw.components !== undefined && { components: raw.components }) };
}

/** "webhook `bookingCreated`", "callback `onPaid` of `POST /payments`", as a change's subject says it. */
export function eventSubject(event: EventRef): string {
  return event.kind === 'webhook' ? `webhook ${event.name}` : `callback ${event.name} of ${event.registeredBy?.method} ${event.registeredBy?.path}`;
}

/** One change of an event: the engine's diff on the turned-round operation, and where and what it is in the event. */
export interface EventDiff {
  diff: Diff;
  place: Place;
  /** The side the engine judged (the turned-round one), for its verdict's corrections. */
  judgedSide: 'request' | 'response';
  /** Said here when the change is the event's own, or a part of it; a schema's change is told by the caller. */
  summary?: string;
}

function eventName(event: EventRef): string {
  return event.kind === 'webhook' ? `The webhook ${codeValue(event.name)}` : `The callback ${codeValue(event.name)}`;
}

/** A change of a header sent with the payload or with an expected response: the header itself, a keyword of it, or its schema. */
function headerChange(place: Place, where: string, name: string, rest: readonly PathSegment[], diff: Diff, required: boolean): Omit<EventDiff, 'diff' | 'judgedSide'> {
  const verb = verbs[diff.action];
  // `where` starts with "the": "the `X-Signature` header parameter"
  if (rest.length === 0) return { place, summary: capitalised(`${required ? 'the required ' : 'the '}${where.slice('the '.length)} ${verb}.`) };
  if (rest[0] === 'schema') {
    const schema = schemaPlace(rest.slice(1));
    if (schema.field) place.location.field = `${name}${schema.field.startsWith('[') ? '' : '.'}${schema.field}`;
    return { place: { ...place, schema } };
  }
  const keyword = String(rest[0]);
  if (keyword === 'required') return { place, summary: capitalised(`${where} ${diff.after === true ? 'became required' : 'is no longer required'}.`) };
  if (keyword === 'deprecated') return { place, summary: capitalised(`${where} ${diff.after === true ? 'was deprecated' : 'is no longer deprecated'}.`) };
  return { place, summary: capitalised(`the ${codeValue(keyword).slice(1, -1)} of ${where} ${verb}.`) };
}

/** Where a diff of the turned-round payload operation is in the event, and what it is. */
function payloadPlace(event: Event, rest: readonly PathSegment[], diff: Diff): Omit<EventDiff, 'diff' | 'judgedSide'> {
  const location: ChangeLocation = { event: event.ref, pointer: '', side: 'request' };
  const at = (segments: PathSegment[]) => ({ ...location, pointer: pointerOf([...event.base, ...segments]) });
  const verb = verbs[diff.action];
  if (rest.length === 0) return { place: { location: at([]), where: '', rest }, summary: `${eventName(event.ref)} (\`${event.ref.method}\`) ${verb}.` };
  const [first, second, third, name] = rest.map(String);
  if (rest.length === 1 && first === 'deprecated') {
    return { place: { location: at(['deprecated']), where: '', rest }, summary: `${eventName(event.ref)} ${diff.after === true ? 'was deprecated' : 'is no longer deprecated'}.` };
  }
  if (first !== 'responses') return { place: { location: at(rest.map(String)), where: '', rest }, summary: `${eventName(event.ref)}'s ${codeValue(rest.join('.')).slice(1, -1)} ${verb}.` };
  if (third === 'headers' && name !== undefined) {
    const parameter = event.parameters.get(name) ?? {};
    const parameterAt = event.parameterPaths.get(name) ?? [...event.base, 'parameters'];
    const where = `the ${codeValue(name)} ${typeof parameter.in === 'string' ? parameter.in : 'header'} parameter`;
    const headerRest = rest.slice(4);
    const place: Place = { location: { ...location, pointer: pointerOf([...parameterAt, ...headerRest]), field: name }, where: `in ${where}`, rest };
    return headerChange(place, where, name, headerRest, diff, ((diff.after ?? diff.before) as Json | undefined)?.required === true);
  }
  // responses/200/content/<media type>/schema/… is requestBody/content/<media type>/schema/…
  const bodyRest = rest.slice(2).map(String);
  const place: Place = { location: at(['requestBody', ...bodyRest]), where: 'in the payload', rest };
  if (second !== payloadStatus || third === undefined) return { place, summary: `The payload ${verb}.` };
  if (third === 'content' && rest.length === 3) return { place, summary: `The payload ${verb}.` };
  if (third === 'content' && rest.length === 4) return { place, summary: `The payload's media type ${codeValue(name)} ${verb}.` };
  if (third === 'content' && rest[4] === 'schema') {
    const schema = schemaPlace(rest.slice(5));
    if (schema.field) place.location.field = schema.field;
    return { place: { ...place, schema } };
  }
  return { place, summary: `The payload's ${codeValue(bodyRest.join('.')).slice(1, -1)} ${verb}.` };
}

/** Where a diff of a turned-round expected response is in the event, and what it is. */
function replyPlace(event: Event, status: string, rest: readonly PathSegment[], diff: Diff): Omit<EventDiff, 'diff' | 'judgedSide'> {
  const base = [...event.base, 'responses', status];
  const location: ChangeLocation = { event: event.ref, pointer: pointerOf(base), side: 'response', status };
  const response = `the expected ${codeValue(status).slice(1, -1)} response`;
  const verb = verbs[diff.action];
  if (rest.length === 0) return { place: { location, where: '', rest }, summary: capitalised(`${response} ${verb}.`) };
  const [first, second] = rest;
  if (first === 'parameters' && second !== undefined) {
    const header = ((diff.action === 'remove' ? diff.before : diff.after) ?? {}) as Json;
    const name = typeof header.name === 'string' ? header.name : String(second);
    const headerRest = rest.slice(2);
    const where = `the ${codeValue(name)} header of ${response}`;
    const place: Place = { location: { ...location, pointer: pointerOf([...base, 'headers', name, ...headerRest]), field: name }, where: `in ${where}`, rest };
    return headerChange(place, where, name, headerRest, diff, header.required === true);
  }
  // requestBody/content/<media type>/schema/… is responses/<status>/content/<media type>/schema/…
  const bodyRest = first === 'requestBody' ? rest.slice(1).map(String) : rest.map(String);
  const place: Place = { location: { ...location, pointer: pointerOf([...base, ...bodyRest]) }, where: `in ${response}`, rest };
  if (first === 'requestBody' && (rest.length === 1 || (rest.length === 2 && second === 'content'))) return { place, summary: capitalised(`the body of ${response} ${verb}.`) };
  if (first === 'requestBody' && rest.length === 3) return { place, summary: capitalised(`the media type ${codeValue(rest[2])} of ${response} ${verb}.`) };
  if (first === 'requestBody' && rest[3] === 'schema') {
    const schema = schemaPlace(rest.slice(4));
    if (schema.field) place.location.field = schema.field;
    return { place: { ...place, schema } };
  }
  return { place, summary: capitalised(`the ${codeValue(bodyRest.join('.')).slice(1, -1)} of ${response} ${verb}.`) };
}

/**
 * Each change of the webhooks and callbacks from `older` to `newer`, judged by the engine as the
 * integrator who receives them meets it (see above). A callback of an operation that one of the
 * documents lacks is left to that operation's own change.
 */
export function eventDiffs(older: LoadedDocument, newer: LoadedDocument): EventDiff[] {
  const olderOperations = operationsOf(older);
  const registering = new Set([...operationsOf(newer)].filter((operation) => olderOperations.has(operation)));
  const before = eventsOf(older, registering);
  const after = eventsOf(newer, registering);
  if (before.size === 0 && after.size === 0) return [];
  const parts = new Map<string, Part>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    parts.set(partPath({ event: key }), { event: key });
    for (const events of [before, after]) {
      const event = events.get(key);
      const raw = (events === before ? older : newer).raw as unknown as Json;
      for (const status of Object.keys(resolved(raw, event?.operation.responses) ?? {})) parts.set(partPath({ event: key, reply: status }), { event: key, reply: status });
    }
  }
  const olderRound = turnedRound(older, before);
  const newerRound = turnedRound(newer, after);
  const found: EventDiff[] = [];
  for (const diff of apiCompare(olderRound, newerRound).diffs) {
    if (diff.path[0] !== 'paths') continue;
    const part = parts.get(String(diff.path[1]));
    if (!part) continue;
    const event = diff.action === 'remove' ? (before.get(part.event) ?? after.get(part.event)) : (after.get(part.event) ?? before.get(part.event));
    if (!event) continue;
    // the turned-round operation is always `post`; its own path and method are the event's
    const rest = diff.path.slice(3);
    if (part.reply === undefined) {
      found.push({ diff, judgedSide: rest[0] === 'responses' || rest.length === 0 ? 'response' : 'request', ...payloadPlace(event, rest, diff) });
      continue;
    }
    // an event added or removed says so once, not once more for each response it expects
    if (!before.has(part.event) || !after.has(part.event) || rest[0] === 'responses') continue;
    found.push({ diff, judgedSide: 'request', ...replyPlace(event, part.reply, rest, diff) });
  }
  return found;
}
