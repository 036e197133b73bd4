import type { ApiModel, Endpoint, ResponseModel } from '../endpoints/endpoint';
import { isEventStream } from '../proxy/event-stream';

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

/** Each event of a stream answer of one status (its `itemSchema`, else the response's schema). */
export function eventKey(operationId: string, status: string): ValidatorKey {
  return `${operationId} event ${status}`;
}

/** Each documented status of an endpoint with its response, in the order the document lists them. */
function responsesOf(endpoint: Endpoint): [string, ResponseModel][] {
  const byStatus = new Map<string, ResponseModel>(
    [...(endpoint.success ? [endpoint.success] : []), ...endpoint.otherResponses, ...endpoint.errorStatuses.map((status) => status.response)].map(
      (response) => [response.status, response],
    ),
  );
  return Object.keys(endpoint.operation.responses ?? {}).flatMap((status) => {
    const response = byStatus.get(status);
    return response ? [[status, response] as [string, ResponseModel]] : [];
  });
}

/**
 * Every schema the try-it panel validates against, as a JSON pointer into the document as
 * written (`ApiModel.document`): the panel and the build check the same schemas the pages show
 * (a body's or response's first JSON media type, else its first). Operations come in document
 * order, each one's parameters by location as the page lists them, then its body, then its
 * responses as the document lists them.
 */
export function collectValidatorSchemas(model: ApiModel): Record<ValidatorKey, string> {
  const out: Record<ValidatorKey, string> = {};
  for (const endpoint of model.byKey.values()) {
    const { key } = endpoint;
    const { path, query, header, cookie } = endpoint.parameters;
    for (const parameter of [...path, ...query, ...header, ...cookie]) {
      if (parameter.schemaPointer) out[parameterKey(key, parameter.in, parameter.name)] = parameter.schemaPointer;
    }
    if (endpoint.body?.schemaPointer) out[bodyKey(key)] = endpoint.body.schemaPointer;
    for (const [status, response] of responsesOf(endpoint)) {
      if (response.schemaPointer) out[responseKey(key, status)] = response.schemaPointer;
      // before 3.2, the schema of a stream's media type is all there is to say what each event carries
      const eventPointer = response.itemSchemaPointer ?? (isEventStream(response.contentType) ? response.schemaPointer : undefined);
      if (eventPointer) out[eventKey(key, status)] = eventPointer;
    }
  }
  return out;
}
