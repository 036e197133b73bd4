import { escapePointer, jsonMediaType } from '../openapi/json-pointer';
import { followRef } from '../openapi/refs';
import { listOperations } from '../endpoints/operation-key';
import type { OpenAPIDocument, ParameterObject, RequestBodyObject, ResponseObject } from '../openapi/types';

/** What a validator checks: a parameter, the request body, or the response of one status. */
export type ValidatorKey = string;

/** Keys start with the operation's key (`Endpoint.key`), which has no spaces. */
export function parameterKey(operationId: string, location: string, name: string): ValidatorKey {
  return `${operationId} ${location} ${name}`;
}

export function bodyKey(operationId: string): ValidatorKey {
  return `${operationId} body`;
}

export function responseKey(operationId: string, status: string): ValidatorKey {
  return `${operationId} response ${status}`;
}

/**
 * Every schema the try-it panel validates against, as a JSON pointer into the document as
 * written: the panel and the build check the same schemas the pages show.
 */
export function collectValidatorSchemas(document: OpenAPIDocument): Record<ValidatorKey, string> {
  const out: Record<ValidatorKey, string> = {};
  for (const { key: id, method, operation, pathItem: item, itemPointer } of listOperations(document)) {
    const pathParameters = (item.parameters ?? []).map((parameter, index) => ({ parameter, pointer: `${itemPointer}/parameters/${index}` }));
    const operationPointer = `${itemPointer}/${method}`;
    const parameters = [
      ...pathParameters,
      ...(operation.parameters ?? []).map((parameter, index) => ({ parameter, pointer: `${operationPointer}/parameters/${index}` })),
    ];
    for (const { parameter: raw, pointer } of parameters) {
      const { value, pointer: refPointer } = followRef(document, raw);
      const parameter = value as ParameterObject;
      if (parameter.schema) out[parameterKey(id, parameter.in, parameter.name)] = `${refPointer ?? pointer}/schema`;
    }
    if (operation.requestBody) {
      const { value, pointer: refPointer } = followRef(document, operation.requestBody);
      const body = value as RequestBodyObject;
      const media = jsonMediaType(body.content);
      if (media && body.content?.[media]?.schema) out[bodyKey(id)] = `${refPointer ?? `${operationPointer}/requestBody`}/content/${escapePointer(media)}/schema`;
    }
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      const { value, pointer: refPointer } = followRef(document, raw);
      const response = value as ResponseObject;
      const media = jsonMediaType(response.content);
      if (media && response.content?.[media]?.schema) {
        out[responseKey(id, status)] = `${refPointer ?? `${operationPointer}/responses/${escapePointer(status)}`}/content/${escapePointer(media)}/schema`;
      }
    }
  }
  return out;
}
