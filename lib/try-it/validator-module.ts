import standaloneCode from 'ajv/dist/standalone';
import type { ApiModel } from '../endpoints/endpoint';
import { sliceOperation } from '../openapi/slice-document';
import { createAjv, documentId } from './create-ajv';
import { documentFor } from './usage-document';
import { collectValidatorSchemas } from './validator-schemas';

const responseDocumentId = 'response-doc';

/** Ajv's standalone ESM still `require`s its runtime helpers; bundlers want imports. */
function toImports(code: string): string {
  const modules = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  let out = code;
  const imports = modules.map((module, i) => {
    out = out.replaceAll(`require("${module}")`, `__runtime${i}`);
    return `import * as __runtime${i} from ${JSON.stringify(module)};`;
  });
  return `${imports.join('\n')}\n${out.replace(/^"use strict";/, '')}`;
}

/**
 * A recursive schema that refers to itself without descending into the value (`Ping: oneOf
 * [Pong]`, `Pong: allOf [Ping]`) never ends for any value: Ajv compiles it, and the check
 * overflows the stack when it runs. Such a check says nothing rather than breaking the panel.
 */
const guard = `function guarded(validate) {
  function check(data) {
    try {
      const valid = validate(data);
      check.errors = validate.errors;
      return valid;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      check.errors = null;
      return true;
    }
  }
  return check;
}`;

/** The operations' validators: one ES module per operation, keyed by the validator keys; and the checks left out. */
export function validatorModules(model: ApiModel): { modules: Map<string, string>; count: number; skipped: string[] } {
  const skipped: string[] = [];
  const byOperation = new Map<string, [string, string][]>();
  for (const [key, pointer] of Object.entries(collectValidatorSchemas(model))) {
    // validator keys start with the operation's key, which is URL-safe: a file name too
    const operationKey = key.split(' ')[0];
    byOperation.set(operationKey, [...(byOperation.get(operationKey) ?? []), [key, pointer]]);
  }
  const modules = new Map<string, string>();
  let count = 0;
  for (const [operationId, entries] of byOperation) {
    // the operation's slice keeps every pointer of the document and spares Ajv the rest of it
    const slice = sliceOperation(model, model.byKey.get(operationId)!);
    // parameters and bodies are checked against the request's reading, responses against the response's
    const ajv = createAjv(documentFor(slice, 'request'), { code: { source: true, esm: true } });
    ajv.addSchema(documentFor(slice, 'response') as object, responseDocumentId);
    const names: Record<string, string> = {};
    entries.forEach(([key, pointer], i) => {
      // a stream's events are read like any answer
      const answer = key.startsWith(`${operationId} response `) || key.startsWith(`${operationId} event `);
      const document = answer ? responseDocumentId : documentId;
      ajv.addSchema({ $ref: `${document}${pointer}` }, `v${i}`);
      try {
        ajv.getSchema(`v${i}`);
        names[key] = `v${i}`;
      } catch (error) {
        // one schema Ajv cannot compile leaves that check out, not the whole build
        ajv.removeSchema(`v${i}`);
        skipped.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    const code = standaloneCode(ajv, Object.fromEntries(Object.values(names).map((name) => [name, name])));
    const table = Object.entries(names).map(([key, name]) => `  ${JSON.stringify(key)}: guarded(${name}),`).join('\n');
    modules.set(operationId, `${toImports(code)}\n${guard}\nexport const validators = {\n${table}\n};\n`);
    count += Object.keys(names).length;
  }
  return { modules, count, skipped };
}
