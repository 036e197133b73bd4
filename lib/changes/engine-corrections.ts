import type { ChangeClass } from './change';

/** One change as the engine (api-smart-diff) reports it, with the side it is on. */
export interface EngineVerdict {
  action: 'add' | 'remove' | 'replace' | 'rename';
  /** Segments from the document's root, through its `$ref`s. */
  path: readonly (string | number)[];
  side?: 'request' | 'response';
  class: ChangeClass;
}

/**
 * Where api-smart-diff 1.0.6 classifies a change of the fixture set (tests/fixtures/changes) other
 * than the contract says, corrected here and only here
 * (`tests/unit/changes-classification.test.ts` "corrects the engine where it is wrong"):
 *
 * - a field removed from a response is breaking: a client may read it (the engine says non-breaking);
 * - a field made required in a request is breaking even when it has a `default`: JSON Schema does
 *   not validate with defaults, so a request that omits it is invalid under the new contract, and
 *   strict servers, gateways and generated clients reject it (oasdiff came to the same verdict,
 *   oasdiff/oasdiff#1110; the engine says non-breaking);
 * - a security scheme removed from `components` is breaking: clients authenticating with it lose
 *   access (the engine says non-breaking, seeing only an unreferenced component).
 */
export function correctVerdict(verdict: EngineVerdict): ChangeClass {
  const { action, path, side } = verdict;
  const last = path.at(-1);
  const parent = path.at(-2);
  if (side === 'response' && action === 'remove' && parent === 'properties') return 'breaking';
  if (side === 'request' && action === 'add' && parent === 'required' && typeof last === 'number') return 'breaking';
  if (path.length === 3 && path[0] === 'components' && path[1] === 'securitySchemes' && action === 'remove') return 'breaking';
  return verdict.class;
}
