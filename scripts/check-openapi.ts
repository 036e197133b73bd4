/**
 * Fails fast, before `next build`, when the OpenAPI document cannot become pages: prints
 * `<file>:<line>: <reason>` and exits 1. The build itself would fail on the same error later.
 */
import { loadDocument } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';
import { buildApiModel } from '../lib/endpoints/build-api-model';

try {
  const loaded = loadDocument();
  const model = buildApiModel(loaded);
  const errorTypes = new Set(model.endpoints.flatMap((endpoint) => endpoint.errors.map((row) => row.type)));
  console.log(
    `${loaded.file}: ${model.endpoints.length} operations in ${model.groups.length} groups, ${errorTypes.size} error types`,
  );
} catch (error) {
  if (error instanceof SpecError) {
    console.error(`OpenAPI document error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
