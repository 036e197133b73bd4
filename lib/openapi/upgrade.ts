/**
 * Brings an OpenAPI 3.0 document to 3.1 semantics, so that the model, Ajv (JSON Schema 2020-12)
 * and the TypeScript generator all read one version:
 * - `nullable: true` becomes `null` in `type` (and in `enum`, when there is one);
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` become the numbers they qualify;
 * - `example` stays (3.1 still allows it).
 * Only schema positions are touched (a property called `nullable` is left alone), and no key is
 * added or removed outside schemas, so JSON pointers into the document keep their meaning.
 * Mutates the document (a fresh parse) and returns it.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function upgradeToOpenApi31<T>(input: T): T {
  const document = input as Json;
  if (!isObject(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.0')) return input;
  const seen = new WeakSet<object>();

  const schema = (value: unknown): void => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (typeof value.$ref === 'string') return;
    upgradeSchema(value);
    for (const key of ['items', 'additionalProperties', 'not', 'additionalItems', 'contains', 'propertyNames', 'if', 'then', 'else']) {
      schema(value[key]);
    }
    if (Array.isArray(value.items)) value.items.forEach(schema);
    for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) if (Array.isArray(value[key])) (value[key] as unknown[]).forEach(schema);
    for (const key of ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']) {
      if (isObject(value[key])) Object.values(value[key]).forEach(schema);
    }
  };
  const content = (value: unknown) => {
    if (isObject(value)) for (const media of Object.values(value)) if (isObject(media)) schema(media.schema);
  };
  const parameter = (value: unknown) => {
    if (!isObject(value)) return;
    schema(value.schema);
    content(value.content);
  };
  const headers = (value: unknown) => {
    if (isObject(value)) Object.values(value).forEach(parameter);
  };
  const response = (value: unknown) => {
    if (!isObject(value)) return;
    content(value.content);
    headers(value.headers);
  };
  const pathItem = (value: unknown): void => {
    if (!isObject(value)) return;
    if (Array.isArray(value.parameters)) value.parameters.forEach(parameter);
    for (const method of httpMethods) {
      const operation = value[method];
      if (!isObject(operation)) continue;
      if (Array.isArray(operation.parameters)) operation.parameters.forEach(parameter);
      if (isObject(operation.requestBody)) content(operation.requestBody.content);
      if (isObject(operation.responses)) Object.values(operation.responses).forEach(response);
      if (isObject(operation.callbacks)) Object.values(operation.callbacks).forEach(callbacks);
    }
  };
  const callbacks = (value: unknown) => {
    if (isObject(value)) Object.values(value).forEach(pathItem);
  };

  if (isObject(document.paths)) Object.values(document.paths).forEach(pathItem);
  if (isObject(document.webhooks)) Object.values(document.webhooks).forEach(pathItem);
  const components = isObject(document.components) ? document.components : {};
  if (isObject(components.schemas)) Object.values(components.schemas).forEach(schema);
  if (isObject(components.parameters)) Object.values(components.parameters).forEach(parameter);
  headers(components.headers);
  if (isObject(components.responses)) Object.values(components.responses).forEach(response);
  if (isObject(components.requestBodies)) Object.values(components.requestBodies).forEach((body) => isObject(body) && content(body.content));
  if (isObject(components.callbacks)) Object.values(components.callbacks).forEach(callbacks);
  if (isObject(components.pathItems)) Object.values(components.pathItems).forEach(pathItem);
  document.openapi = '3.1.0';
  return input;
}

const compositionKeys = ['$ref', 'allOf', 'oneOf', 'anyOf'];

function upgradeSchema(schema: Json) {
  if (schema.nullable === true) {
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    // `allOf: [$ref], nullable: true` is how 3.0 documents say "this schema or null": the
    // composition moves into one branch of an `anyOf` whose other branch is null, so that readers,
    // Ajv and the TypeScript generator all accept null there
    if (schema.type === undefined) {
      const composed = compositionKeys.filter((key) => key in schema);
      if (composed.length > 0) {
        const branch: Json = {};
        for (const key of composed) {
          branch[key] = schema[key];
          delete schema[key];
        }
        schema.anyOf = [branch, { type: 'null' }];
      }
    }
  }
  if ('nullable' in schema && typeof schema.nullable === 'boolean') delete schema.nullable;
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (schema[flag] === true && typeof schema[bound] === 'number') {
      schema[flag] = schema[bound];
      delete schema[bound];
    } else if (typeof schema[flag] === 'boolean') {
      delete schema[flag];
    }
  }
}
