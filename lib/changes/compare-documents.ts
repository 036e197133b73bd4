import { apiCompare, type Diff } from 'api-smart-diff';
import { pointerOf } from '../openapi/json-pointer';
import type { LoadedDocument } from '../openapi/load-document';
import type { PathSegment } from '../openapi/refs';
import type { Change, ChangeClass, ChangeKind, ChangeLocation } from './change';
import { capitalised, codeValue, verbs } from './summary-text';
import { correctVerdict } from './engine-corrections';
import { eventDiffs, eventSubject } from './event-changes';
import { httpMethods } from '../openapi/types';
import type { Place } from './change-place';
import { schemaPlace } from './schema-place';

const methods = new Set<string>(httpMethods);

/** What a release records about itself, which is not a change of the API. */
const releaseMetadata = new Set(['version', 'x-release-date', 'x-release-first']);

const classOrder: Record<ChangeClass, number> = { breaking: 0, 'non-breaking': 1, documentation: 2 };

/** The stricter of two classes. */
export function stricterClass(a: ChangeClass, b: ChangeClass): ChangeClass {
  return classOrder[a] <= classOrder[b] ? a : b;
}

/** Breaking first, then non-breaking, then documentation; otherwise in the order found. */
export function byClass(changes: readonly Change[]): Change[] {
  return changes.map((change, index) => ({ change, index })).sort((a, b) => classOrder[a.change.class] - classOrder[b.change.class] || a.index - b.index).map(({ change }) => change);
}

type Json = Record<string, unknown>;

function child(value: unknown, key: PathSegment): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, key)) return (value as Json)[String(key)];
  return undefined;
}

const at = (root: unknown, path: readonly PathSegment[]) => path.reduce<unknown>(child, root);


interface Sides {
  older: LoadedDocument;
  newer: LoadedDocument;
}

function operationOf(documents: Sides, path: string, method: string): ChangeLocation['operation'] {
  const operation = (at(documents.newer.dereferenced, ['paths', path, method]) ?? at(documents.older.dereferenced, ['paths', path, method])) as Json | undefined;
  const operationId = typeof operation?.operationId === 'string' ? operation.operationId : undefined;
  return { method: method.toUpperCase(), path, ...(operationId !== undefined && { operationId }) };
}

/** Where a change of the engine is: its operation, side, status, parameter or field. */
function placeOf(documents: Sides, diff: Diff, pointerPath: readonly PathSegment[], method: string | undefined): Place {
  const path = diff.path;
  const pointer = pointerOf(pointerPath);
  if (path[0] !== 'paths' || method === undefined) {
    return { location: { pointer }, where: '', rest: path };
  }
  const operation = operationOf(documents, String(path[1]), method);
  // a change of the path item's own parameters is a change of each of its operations
  const rest = methods.has(String(path[2])) ? path.slice(3) : path.slice(2);
  const location: ChangeLocation = { operation, pointer };
  if (rest[0] === 'parameters' && rest.length >= 2) {
    const source = diff.action === 'remove' ? documents.older : documents.newer;
    const parameter = (at(source.dereferenced, path.slice(0, path.indexOf('parameters') + 2)) ?? diff.before ?? diff.after) as Json | undefined;
    const name = typeof parameter?.name === 'string' ? parameter.name : String(rest[1]);
    const where = `the \`${codeValue(name).slice(1, -1)}\` ${typeof parameter?.in === 'string' ? `${parameter.in} ` : ''}parameter`;
    location.side = 'request';
    location.field = name;
    const schema = rest[2] === 'schema' ? schemaPlace(rest.slice(3)) : undefined;
    if (schema?.field) location.field = `${name}${schema.field.startsWith('[') ? '' : '.'}${schema.field}`;
    return { location, where: `in ${where}`, schema, rest };
  }
  if (rest[0] === 'requestBody') {
    location.side = 'request';
    const schema = rest[1] === 'content' && rest[3] === 'schema' ? schemaPlace(rest.slice(4)) : undefined;
    if (schema?.field) location.field = schema.field;
    return { location, where: 'in the request body', schema, rest };
  }
  if (rest[0] === 'responses' && rest.length >= 2) {
    location.side = 'response';
    location.status = String(rest[1]);
    const schema = rest[2] === 'content' && rest[4] === 'schema' ? schemaPlace(rest.slice(5)) : undefined;
    if (schema?.field) location.field = schema.field;
    return { location, where: `in the ${location.status} response`, schema, rest };
  }
  if (rest[0] === 'security') location.side = 'request';
  return { location, where: '', rest };
}

const documentationKeywords = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'tags']);

function kindOf(diff: Diff, place: Place): ChangeKind {
  if (diff.type === 'deprecated' || (place.rest.at(-1) === 'deprecated' && diff.after === true)) return 'deprecated';
  const end = place.schema?.end;
  if (end === 'required') return 'changed';
  if (diff.action === 'add') return 'added';
  if (diff.action === 'remove') return 'removed';
  return 'changed';
}

/** One sentence for a change, from where it is and what the engine saw. */
function summaryOf(diff: Diff, place: Place, method: string | undefined): string {
  const { rest, where, schema } = place;
  const verb = verbs[diff.action];
  const inWhere = where ? ` ${where}` : '';
  if (diff.path[0] === 'paths' && method !== undefined) {
    const operation = `\`${method.toUpperCase()} ${codeValue(String(diff.path[1])).slice(1, -1)}\``;
    if (rest.length === 0) return `The operation ${operation} ${verb}.`;
    if (rest.length === 1 && rest[0] === 'deprecated') return diff.after === true ? `The operation was deprecated.` : `The operation is no longer deprecated.`;
    if (rest.length === 1 && documentationKeywords.has(String(rest[0]))) return `The operation's ${rest[0]} ${verb}.`;
    if (rest[0] === 'parameters' && rest.length === 2) {
      const value = (diff.after ?? diff.before) as Json | undefined;
      return capitalised(`${value?.required === true ? 'the required' : 'the'} ${where.slice('in the '.length)} ${verb}.`);
    }
    if (rest[0] === 'parameters' && rest.length === 3) {
      const keyword = String(rest[2]);
      if (keyword === 'required') return capitalised(`${where.slice(3)} ${diff.after === true ? 'became required' : 'is no longer required'}.`);
      if (keyword === 'deprecated') return capitalised(`${where.slice(3)} ${diff.after === true ? 'was deprecated' : 'is no longer deprecated'}.`);
      return capitalised(`the ${keyword} of ${where.slice(3)} ${verb}.`);
    }
    if (rest[0] === 'requestBody' && rest.length === 1) return `The request body ${verb}.`;
    if (rest[0] === 'responses' && rest.length === 2) return `The ${String(rest[1])} response ${verb}.`;
    if (rest[0] === 'security') return `A security requirement ${verb}${diff.before ?? diff.after ? `: ${codeValue(Object.keys((diff.before ?? diff.after) as Json).join(', '))}` : ''}.`;
  }
  if (diff.path[0] === 'components' && diff.path[1] === 'securitySchemes' && diff.path.length === 3) {
    return `The security scheme ${codeValue(String(diff.path[2]))} ${verb}.`;
  }
  if (schema) {
    const field = place.location.field ? codeValue(place.location.field) : schema.field ? codeValue(schema.field) : 'the schema';
    const value = (diff.action === 'remove' ? diff.before : diff.after) as unknown;
    switch (schema.end) {
      case 'property':
        return `Field ${field} ${diff.action === 'add' ? `was added${toOrFrom(inWhere, 'to')}` : diff.action === 'remove' ? `was removed${toOrFrom(inWhere, 'from')}` : `changed${inWhere}`}.`;
      case 'required':
        return diff.action === 'add'
          ? `${codeValue(joined(schema.field, value))} became required${inWhere}.`
          : `${codeValue(joined(schema.field, value))} is no longer required${inWhere}.`;
      case 'enum':
        return diff.action === 'add'
          ? `${capitalised(field)} can be the new value ${codeValue(value)}${inWhere}.`
          : `${capitalised(field)} can no longer be ${codeValue(value)}${inWhere}.`;
      case 'branch':
        return `A \`${schema.combinator}\` alternative of ${field} ${verb}${inWhere}.`;
      case 'schema':
        return `The schema of ${field} ${verb}${inWhere}.`;
      default: {
        const keyword = schema.end.keyword;
        if (keyword === 'type' && diff.action === 'replace') return `The type of ${field} changed from ${codeValue(diff.before)} to ${codeValue(diff.after)}${inWhere}.`;
        if (keyword === 'deprecated') return `${capitalised(field)} ${diff.after === true ? 'was deprecated' : 'is no longer deprecated'}${inWhere}.`;
        const values = diff.action === 'replace' ? `: ${codeValue(diff.before)} → ${codeValue(diff.after)}` : '';
        return `The \`${codeValue(keyword).slice(1, -1)}\` of ${field} ${verb}${inWhere}${values}.`;
      }
    }
  }
  const what = rest.length > 0 ? codeValue(rest.map(String).join('.')) : 'The document';
  return `${capitalised(what)} ${verb}${inWhere}.`;
}

/** " in the request body" as " to the request body" (or "from"). */
function toOrFrom(inWhere: string, preposition: 'to' | 'from'): string {
  return inWhere.replace(/^ in /, ` ${preposition} `);
}

function joined(field: string | undefined, name: unknown): string {
  return field ? `${field}.${String(name)}` : String(name);
}

/** The engine's verdict, corrected; `side` is the one it judged (a webhook's is turned round, see `event-changes.ts`). */
function engineClass(diff: Diff, place: Place, side = place.location.side): ChangeClass {
  const engine: ChangeClass = diff.type === 'breaking' ? 'breaking' : diff.type === 'annotation' ? 'documentation' : 'non-breaking';
  const keyword = place.schema && typeof place.schema.end === 'object' ? place.schema.end.keyword : String(place.rest.at(-1));
  // a text the engine does not know as one (an `x-` extension, a tag's description)
  const corrected = correctVerdict({ action: diff.action, path: diff.path, side, class: engine });
  return corrected === engine && diff.type === 'unclassified' && documentationKeywords.has(keyword) ? 'documentation' : corrected;
}

/** Is this diff about the document as a whole where the operations already say it? */
function isReflectedElsewhere(path: readonly PathSegment[]): boolean {
  // webhooks and callbacks are compared as their receiver meets them (`eventDiffs`)
  if (path[0] === 'webhooks' || (path[0] === 'paths' && path[3] === 'callbacks')) return true;
  if (path[0] === 'info' && path.length >= 2 && releaseMetadata.has(String(path[1]))) return true;
  // a component shows where it is used, in each operation; a security scheme is also a contract of its own
  return path[0] === 'components' && path[1] !== 'securitySchemes';
}

/** The methods a diff is about: its own, or each of a path item's when the path item itself changed. */
function methodsOf(documents: Sides, diff: Diff): (string | undefined)[] {
  if (diff.path[0] !== 'paths' || diff.path.length < 2) return [undefined];
  const third = diff.path[2];
  if (third !== undefined && methods.has(String(third))) return [String(third)];
  const item = { ...((at(documents.older.dereferenced, diff.path.slice(0, 2)) ?? {}) as Json), ...((at(documents.newer.dereferenced, diff.path.slice(0, 2)) ?? {}) as Json) };
  return Object.keys(item).filter((key) => methods.has(key));
}

/**
 * Each change from `older` to `newer`: what kind it is, where it is (operation, side, status,
 * parameter or field, pointer) and whether it breaks a client, judged by api-smart-diff on the
 * dereferenced documents, corrected where it is known wrong (`engine-corrections.ts`). A change
 * of a shared schema is a change of each operation that uses it. Breaking changes come first.
 */
export function compareDocuments(older: LoadedDocument, newer: LoadedDocument): Change[] {
  const documents = { older, newer };
  const { diffs } = apiCompare(older.raw, newer.raw);
  const changes: Change[] = [];
  const seen = new Map<string, Change>();
  for (const diff of diffs) {
    if (isReflectedElsewhere(diff.path)) continue;
    for (const method of methodsOf(documents, diff)) {
      const path = method !== undefined && diff.path.length === 2 ? [...diff.path, method] : diff.path;
      const expanded: Diff = method !== undefined && diff.path.length === 2 ? { ...diff, path, before: child(diff.before, method), after: child(diff.after, method) } : diff;
      if (expanded.before === undefined && expanded.after === undefined && diff.path.length === 2) continue;
      const place = placeOf(documents, expanded, path, method);
      const change: Change = {
        kind: kindOf(expanded, place),
        class: engineClass(expanded, place),
        location: place.location,
        summary: summaryOf(expanded, place, method),
      };
      mergeInto(changes, seen, change, expanded, place);
    }
  }
  for (const { diff, place, judgedSide, summary } of eventDiffs(older, newer)) {
    const change: Change = { kind: kindOf(diff, place), class: engineClass(diff, place, judgedSide), location: place.location, summary: summary ?? summaryOf(diff, place, undefined) };
    mergeInto(changes, seen, change, diff, place);
  }
  return byClass(changes);
}

/**
 * One change per thing changed: the same schema reached twice in an operation is one change, and
 * a property added with its name in `required` is one "added" change of the stricter class.
 */
function mergeInto(changes: Change[], seen: Map<string, Change>, change: Change, diff: Diff, place: Place) {
  const operation = change.location.operation;
  const { event } = change.location;
  const scope = `${operation ? `${operation.method} ${operation.path}` : event ? `${eventSubject(event)} ${event.method} ${event.expression ?? ''}` : ''}|${change.location.side ?? ''}|${change.location.status ?? ''}`;
  const field = place.schema?.end === 'required' ? joined(place.schema.field, diff.after ?? diff.before) : place.schema?.end === 'property' ? place.schema.field : undefined;
  const fieldKey = field !== undefined ? `${scope}|field|${field}|${diff.action}` : undefined;
  if (fieldKey) {
    const other = seen.get(fieldKey);
    if (other) {
      other.class = stricterClass(other.class, change.class);
      if (place.schema?.end === 'property' || other.kind !== 'added') {
        other.kind = change.kind === 'changed' ? other.kind : change.kind;
      }
      if (diff.action === 'add' && (place.schema?.end === 'required' || /became required/.test(other.summary))) {
        other.kind = 'added';
        other.summary = `Required field ${codeValue(field)} was added${toOrFrom(place.where ? ` ${place.where}` : '', 'to')}.`;
        if (place.schema?.end === 'property') other.location = change.location;
      }
      return;
    }
  }
  const key = `${scope}|${change.summary}`;
  if (seen.has(key)) {
    const other = seen.get(key)!;
    other.class = stricterClass(other.class, change.class);
    return;
  }
  if (place.schema?.end === 'required') change.location.field = field;
  seen.set(key, change);
  if (fieldKey) seen.set(fieldKey, change);
  changes.push(change);
}
