import type { JsonValue } from '../openapi/types';
import type { CompiledValidator, ValidationIssue } from './compiled-validator';
import { withFilesAsNames } from './file-parts';
import { bodyKey, parameterKey } from './validator-schemas';

export type Validators = Record<string, CompiledValidator>;

export interface RequestIssue {
  location: 'path' | 'query' | 'header' | 'body';
  /** The parameter's name, or the body field's JSON pointer (`/participants/0/email`). */
  field: string;
  message: string;
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  type: string;
}

/** Whether the operation takes a body, and whether the document requires it (`requestBody.required`). */
export type BodyPresence = 'none' | 'optional' | 'required';

export interface RequestValues {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: unknown;
}

/** Words a person understands, from Ajv's error: the allowed values, the missing field, the format. */
export function describeIssue(issue: ValidationIssue): string {
  const params = issue.params;
  switch (issue.keyword) {
    case 'required':
      return `${String(params.missingProperty)} is required`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'additionalProperties':
      return `${String(params.additionalProperty)} is not a documented field`;
    default:
      return issue.message ?? `fails ${issue.keyword}`;
  }
}

/** A pointer for the field an issue is about: `required` errors point at the missing field itself. */
export function issuePointer(issue: ValidationIssue): string {
  return issue.keyword === 'required' ? `${issue.instancePath}/${String(issue.params.missingProperty)}` : issue.instancePath;
}

/** Path and query values are text in a URL: read them as the schema's type before validating. */
function coerce(value: unknown, type: string): unknown {
  if (typeof value !== 'string') return value;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Checks a request against the document before it is sent; the result informs, it never blocks. */
export function validateRequest(
  validators: Validators,
  operationId: string,
  parameters: ParameterSpec[],
  values: RequestValues,
  body: BodyPresence,
): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const parameter of parameters) {
    if (parameter.in === 'cookie') continue;
    const value = values[parameter.in][parameter.name];
    if (isEmpty(value)) {
      if (parameter.required) issues.push({ location: parameter.in, field: parameter.name, message: 'is required' });
      continue;
    }
    const validate = validators[parameterKey(operationId, parameter.in, parameter.name)];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (validate && !validate(coerce(item, parameter.type))) {
        for (const issue of validate.errors ?? []) {
          issues.push({ location: parameter.in, field: parameter.name, message: describeIssue(issue) });
        }
      }
    }
  }
  if (body === 'none') return issues;
  // no body yet (no file chosen, the editor emptied) is missing, not of the wrong type
  if (values.body === undefined) {
    if (body === 'required') issues.push({ location: 'body', field: '', message: 'The request body is required.' });
    return issues;
  }
  const validateBody = validators[bodyKey(operationId)];
  // a chosen file is checked as present, and the parts around it as always
  if (validateBody && !validateBody(withFilesAsNames(values.body) as JsonValue)) {
    for (const issue of validateBody.errors ?? []) {
      issues.push({ location: 'body', field: issuePointer(issue) || '/', message: describeIssue(issue) });
    }
  }
  return issues;
}
