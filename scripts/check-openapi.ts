/**
 * Fails fast, before `next build`, when the OpenAPI document is invalid: prints
 * `<file>:<line>:<column>: <reason>` and exits 1. The build itself would fail on the same error later.
 * Also fails when an example in the document does not match its schema.
 */
import { loadDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';
import { buildApiModel } from '../lib/endpoints/build-api-model';
import { verifyExamples } from '../lib/openapi/verify-examples';

try {
  const loaded = loadDocument();
  const model = buildApiModel(loaded);
  const errorTypes = new Set(model.endpoints.flatMap((endpoint) => endpoint.errors.filter((row) => row.typed).map((row) => row.type)));
  const examples = verifyExamples(model);
  for (const problem of examples.problems) {
    console.error(`${loaded.file}: example ${problem.example} is invalid at ${problem.pointer}: ${problem.message}`);
  }
  if (examples.problems.length > 0) process.exit(1);
  console.log(
    `${loaded.file}: ${model.endpoints.length} operations in ${model.groups.length} groups, ${errorTypes.size} error types, ${examples.checked} examples valid`,
  );
} catch (error) {
  if (error instanceof SpecError) {
    console.error(`OpenAPI document error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
