/**
 * Fails fast, before `next build`, when the OpenAPI document is invalid: prints
 * `<file>:<line>:<column>: <reason>` and exits 1. The build itself would fail on the same error later.
 *
 * An example that does not match its schema is a warning (OpenAPI says examples SHOULD match),
 * and the build goes on; with `WINGFIELD_STRICT_EXAMPLES=1` it is an error. The project's own
 * document is strict unless `WINGFIELD_STRICT_EXAMPLES=0`: its examples are the samples, error
 * bodies and mock answers of the reference. A `format` Ajv does not know is noted and not checked.
 *
 * The releases beside the document (`releases/`) are checked too: each must load, be named after
 * its `info.version` and carry its `info.x-release-date`; the changelog is built from them.
 */
import { checkReleases } from '../lib/changes/check-releases';
import { checkDocument } from '../lib/openapi/check-document';
import { defaultDocumentPath, loadDocument, projectDocumentPath } from '../lib/openapi/load-document';
import { SpecError } from '../lib/openapi/spec-error';
import { strictExamples } from '../lib/openapi/verify-examples';

try {
  const strict = strictExamples(process.env.WINGFIELD_STRICT_EXAMPLES, defaultDocumentPath() === projectDocumentPath);
  const check = checkDocument(loadDocument(), { strict });
  for (const message of check.messages) console.error(message);
  if (check.failed) {
    console.error(check.summary);
    process.exit(1);
  }
  console.log(check.summary);
  console.log(checkReleases());
} catch (error) {
  if (error instanceof SpecError) {
    console.error(`OpenAPI document error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
