import type { ApiModel } from '../endpoints/endpoint';
import { createAjv, documentId } from '../try-it/create-ajv';
import { describeIssue, issuePointer } from '../try-it/validate-request';
import { collectValidatorSchemas } from '../try-it/validator-schemas';
import { escapePointer, resolvePointer } from './json-pointer';

export interface ExampleProblem {
  /** JSON pointer of the example in the document, then of the offending value inside it. */
  example: string;
  pointer: string;
  message: string;
}

/**
 * Whether an example that does not match its schema fails the build: `WINGFIELD_STRICT_EXAMPLES`
 * `1` or `true` makes it an error, `0` or `false` a warning; unset, the project's own document
 * is strict and any other a warning.
 */
export function strictExamples(setting: string | undefined, projectDocument: boolean): boolean {
  const value = setting?.trim().toLowerCase();
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return projectDocument;
}

export interface ExampleReport {
  /** Examples validated against their schemas. */
  checked: number;
  problems: ExampleProblem[];
  /**
   * Examples whose schema Ajv cannot compile (`$id`s that clash, `nullable` without `type`):
   * not verified, which is no reason to refuse the document; the reason is Ajv's.
   */
  unverified: { example: string; reason: string }[];
}

/**
 * Validates every example in the model's document against its schema: parameter, request-body
 * and response examples (named ones included, so every error sample), where the validators of
 * the try-it panel find their schemas, and schemas' own examples.
 */
export function verifyExamples(model: ApiModel): ExampleReport {
  const { document } = model;
  let ajv: ReturnType<typeof createAjv> | undefined;
  let cannotCompile: string | undefined;
  try {
    ajv = createAjv(document);
  } catch (error) {
    cannotCompile = (error as Error).message.split('\n')[0];
  }
  const problems: ExampleProblem[] = [];
  const unverified: ExampleReport['unverified'] = [];
  let checked = 0;
  const seen = new Set<string>();

  const check = (schemaPointer: string, examplePointer: string, value: unknown) => {
    if (seen.has(examplePointer)) return;
    seen.add(examplePointer);
    let validate;
    try {
      if (!ajv) throw new Error(cannotCompile);
      validate = ajv.getSchema(`${documentId}${schemaPointer}`) ?? ajv.compile({ $ref: `${documentId}${schemaPointer}` });
    } catch (error) {
      unverified.push({ example: examplePointer, reason: (error as Error).message.split('\n')[0] });
      return;
    }
    checked++;
    if (validate(value)) return;
    for (const issue of validate.errors ?? []) {
      problems.push({ example: examplePointer, pointer: issuePointer(issue) || '/', message: describeIssue(issue) });
    }
  };

  const containers = new Set(Object.values(collectValidatorSchemas(model)).map((pointer) => pointer.replace(/\/(schema|itemSchema)$/, '')));
  for (const container of containers) {
    const object = resolvePointer(document, container) as { example?: unknown; examples?: Record<string, { value?: unknown }> } | undefined;
    if (!object) continue;
    if (object.example !== undefined) check(`${container}/schema`, `${container}/example`, object.example);
    for (const [name, example] of Object.entries(object.examples ?? {})) {
      if (example && typeof example === 'object' && 'value' in example) {
        check(`${container}/schema`, `${container}/examples/${escapePointer(name)}/value`, example.value);
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const pointer = `#/components/schemas/${escapePointer(name)}`;
    if (schema.example !== undefined) check(pointer, `${pointer}/example`, schema.example);
    schema.examples?.forEach((value, index) => check(pointer, `${pointer}/examples/${index}`, value));
  }
  return { checked, problems, unverified };
}
