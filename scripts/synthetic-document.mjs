/**
 * Writes a synthetic OpenAPI document with N operations (default 500) made from the project's
 * own: every operation repeated with a numbered operationId, path and tag group, so that build
 * time and page budgets can be measured on a large API.
 *
 *   node scripts/synthetic-document.mjs 500 > synthetic.yaml
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const target = Number(process.argv[2] ?? 500);
const source = parse(readFileSync(new URL('../openapi/wingfield-partner-api.yaml', import.meta.url), 'utf8'));
const operations = Object.entries(source.paths).flatMap(([route, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map(([method, operation]) => ({ route, method, operation, parameters: item.parameters })),
);

const paths = {};
const tags = [];
for (let copy = 0; paths && Object.values(paths).reduce((n, item) => n + Object.keys(item).length - ('parameters' in item ? 1 : 0), 0) < target; copy++) {
  for (const tag of source.tags) tags.push({ ...tag, name: `${tag.name} ${copy + 1}` });
  for (const { route, method, operation, parameters } of operations) {
    const count = Object.values(paths).reduce((n, item) => n + Object.keys(item).length - ('parameters' in item ? 1 : 0), 0);
    if (count >= target) break;
    const path = `/v${copy + 1}${route}`;
    paths[path] ??= parameters ? { parameters } : {};
    paths[path][method] = {
      ...operation,
      operationId: `${operation.operationId}${copy + 1}`,
      tags: [`${operation.tags[0]} ${copy + 1}`],
    };
  }
}
process.stdout.write(stringify({ ...source, tags, paths }, { aliasDuplicateObjects: false }));
