import type { Validators } from './validate-request';
import { describeIssue, issuePointer } from './validate-request';
import { responseKey } from './validator-schemas';

export interface Mismatch {
  /** JSON pointer into the response body; empty for the status line. */
  pointer: string;
  message: string;
}

export interface Conformance {
  matches: boolean;
  mismatches: Mismatch[];
  /**
   * False when the body is valid only because the schema requires nothing: none of its fields is
   * a documented one, so it is not recognisably this endpoint's answer.
   */
  recognised?: boolean;
}

/** The documented top-level fields of each status's JSON object, where it has any. */
export type DocumentedFields = Record<string, string[]>;

export interface ObservedAnswer {
  status: number;
  contentType: string;
  /** The parsed JSON body, or `undefined` when it is empty or not JSON. */
  body: unknown;
  text: string;
}

/** The documented response an answer's status falls under: itself, its range (`4XX`) or `default`. */
export function documentedStatus(status: number, documentedStatuses: string[]): string | undefined {
  const code = String(status);
  return [code, `${code[0]}XX`, 'default'].find((candidate) => documentedStatuses.includes(candidate));
}

/**
 * Compares an answer with what the documentation promises for this endpoint: a documented
 * status, a body valid against that status's schema (which also limits `error.type` to the
 * documented types), and JSON where JSON is documented.
 */
export function checkConformance(
  answer: ObservedAnswer,
  operationId: string,
  documentedStatuses: string[],
  validators: Validators,
  documentedFields: DocumentedFields = {},
): Conformance {
  const status = String(answer.status);
  const documented = documentedStatus(answer.status, documentedStatuses);
  if (!documented) {
    return {
      matches: false,
      mismatches: [{ pointer: '', message: `status ${status} is not documented for this endpoint (documented: ${documentedStatuses.join(', ')})` }],
    };
  }
  const validate = validators[responseKey(operationId, documented)];
  if (!validate) return { matches: true, mismatches: [] };
  if (answer.body === undefined) {
    return {
      matches: false,
      mismatches: [{ pointer: '', message: `the body is not JSON (${answer.contentType || 'no content type'}), but JSON is documented` }],
    };
  }
  const unrecognised = unrecognisedFields(answer.body, documentedFields[documented]);
  if (validate(answer.body)) {
    return unrecognised ? { matches: false, recognised: false, mismatches: [unrecognised] } : { matches: true, mismatches: [] };
  }
  const mismatches = (validate.errors ?? []).map((issue) => ({ pointer: issuePointer(issue) || '/', message: describeIssue(issue) }));
  return { matches: false, ...(unrecognised && { recognised: false }), mismatches: dedupe(unrecognised ? [unrecognised, ...mismatches] : mismatches) };
}

const list = (names: string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/** An object answer that has none of the documented fields: `{"ok": true}` where a user is documented. */
function unrecognisedFields(body: unknown, documented: string[] | undefined): Mismatch | undefined {
  if (!documented?.length || !body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  if (keys.some((key) => documented.includes(key))) return undefined;
  const shown = documented.length > 6 ? [...documented.slice(0, 6), '…'] : documented;
  return {
    pointer: '',
    message: keys.length
      ? `none of the documented fields is in the body (documented: ${list(shown)}; received only undocumented ones: ${list(keys)})`
      : `the body is an empty object, without any of the documented fields (${list(shown)})`,
  };
}

function dedupe(mismatches: Mismatch[]): Mismatch[] {
  const seen = new Set<string>();
  return mismatches.filter((m) => {
    const key = `${m.pointer} ${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
