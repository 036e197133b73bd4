import { escapePointer, jsonMediaType, resolvePointer } from '../openapi/json-pointer';
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

/** A `$ref` left in the document as written, followed: the value and the pointer it came from. */
function follow<T>(document: OpenAPIDocument, value: T): { value: T; pointer?: string } {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  return typeof ref === 'string' ? { value: resolvePointer(document, ref) as T, pointer: ref } : { value };
}

/**
 * Every schema the try-it panel validates against, as a JSON pointer into the document as
 * written: the panel and the build check the same schemas the pages show.
 */
export function collectValidatorSchemas(document: OpenAPIDocument): Record<ValidatorKey, string> {
  const out: Record<ValidatorKey, string> = {};
  for (const [route, item] of Object.entries(document.paths)) {
    const itemPointer = `#/paths/${escapePointer(route)}`;
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
        const { value: parameter, pointer: refPointer } = follow(document, raw);
        if (parameter.schema) out[parameterKey(id, parameter.in, parameter.name)] = `${refPointer ?? pointer}/schema`;
      }
      if (operation.requestBody) {
        const { value: body, pointer: refPointer } = follow(document, operation.requestBody);
        const media = jsonMediaType(body.content);
        // a body without a schema (raw bytes, say) has nothing to check
        if (media && body.content?.[media]?.schema) out[bodyKey(id)] = `${refPointer ?? `${operationPointer}/requestBody`}/content/${escapePointer(media)}/schema`;
      }
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        const { value: response, pointer: refPointer } = follow(document, raw);
        const media = jsonMediaType(response.content);
        if (media && response.content?.[media]?.schema) {
          out[responseKey(id, status)] = `${refPointer ?? `${operationPointer}/responses/${escapePointer(status)}`}/content/${escapePointer(media)}/schema`;
        }
      }
    }
  }
  return out;
}
