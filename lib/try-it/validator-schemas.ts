import type { OpenAPIDocument, HttpMethod } from '../openapi/types';
import { httpMethods } from '../openapi/types';

/** What a validator checks: a parameter, the request body, or the response of one status. */
export type ValidatorKey = string;

export function parameterKey(operationId: string, location: string, name: string): ValidatorKey {
  return `${operationId} ${location} ${name}`;
}

export function bodyKey(operationId: string): ValidatorKey {
  return `${operationId} body`;
}

export function responseKey(operationId: string, status: string): ValidatorKey {
  return `${operationId} response ${status}`;
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function jsonMediaKey(content: Record<string, unknown> | undefined): string | undefined {
  if (!content) return undefined;
  return Object.keys(content).find((type) => /[/+]json\b/.test(type)) ?? Object.keys(content)[0];
}

function resolveRef<T>(document: OpenAPIDocument, value: T): { value: T; pointer?: string } {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref?.startsWith('#/')) return { value };
  let current: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    current = (current as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return { value: current as T, pointer: ref };
}

/**
 * Every schema the try-it panel validates against, as a JSON pointer into the document as
 * written: the panel and the build check the same schemas the pages show.
 */
export function collectValidatorSchemas(document: OpenAPIDocument): Record<ValidatorKey, string> {
  const out: Record<ValidatorKey, string> = {};
  for (const [route, item] of Object.entries(document.paths)) {
    const itemPointer = `#/paths/${escape(route)}`;
    const pathParameters = (item.parameters ?? []).map((parameter, index) => ({ parameter, pointer: `${itemPointer}/parameters/${index}` }));
    for (const method of Object.keys(item).filter((key): key is HttpMethod => (httpMethods as readonly string[]).includes(key))) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const id = operation.operationId;
      const operationPointer = `${itemPointer}/${method}`;
      const parameters = [
        ...pathParameters,
        ...(operation.parameters ?? []).map((parameter, index) => ({ parameter, pointer: `${operationPointer}/parameters/${index}` })),
      ];
      for (const { parameter: raw, pointer } of parameters) {
        const { value: parameter, pointer: refPointer } = resolveRef(document, raw);
        if (parameter.schema) out[parameterKey(id, parameter.in, parameter.name)] = `${refPointer ?? pointer}/schema`;
      }
      if (operation.requestBody) {
        const { value: body, pointer: refPointer } = resolveRef(document, operation.requestBody);
        const media = jsonMediaKey(body.content);
        if (media) out[bodyKey(id)] = `${refPointer ?? `${operationPointer}/requestBody`}/content/${escape(media)}/schema`;
      }
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        const { value: response, pointer: refPointer } = resolveRef(document, raw);
        const media = jsonMediaKey(response.content);
        if (media && response.content?.[media]?.schema) {
          out[responseKey(id, status)] = `${refPointer ?? `${operationPointer}/responses/${escape(status)}`}/content/${escape(media)}/schema`;
        }
      }
    }
  }
  return out;
}
