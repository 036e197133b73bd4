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
}

export interface ObservedAnswer {
  status: number;
  contentType: string;
  /** The parsed JSON body, or `undefined` when it is empty or not JSON. */
  body: unknown;
  text: string;
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
): Conformance {
  const status = String(answer.status);
  const documented =
    [status, `${status[0]}XX`, 'default'].find((candidate) => documentedStatuses.includes(candidate)) ?? undefined;
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
  if (validate(answer.body)) return { matches: true, mismatches: [] };
  const mismatches = (validate.errors ?? []).map((issue) => ({ pointer: issuePointer(issue) || '/', message: describeIssue(issue) }));
  return { matches: false, mismatches: dedupe(mismatches) };
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
