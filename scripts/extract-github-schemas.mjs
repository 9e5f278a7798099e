// Regenerates __tests__/e2e/fixtures/github-openapi.json: the request-body schemas of the few GitHub
// REST operations the Action calls, cut from GitHub's published OpenAPI description so the emulator can
// validate bodies without the 400 MB @octokit/openapi package at test time.
//   npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz package/generated/api.github.com.json
//   node scripts/extract-github-schemas.mjs package/generated/api.github.com.json
import { readFileSync, writeFileSync } from 'node:fs';

const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['delete', '/repos/{owner}/{repo}/pulls/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
];

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/extract-github-schemas.mjs path/to/api.github.com.json');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(source, 'utf8'));

function resolve(node, seen = []) {
  if (Array.isArray(node)) return node.map((n) => resolve(n, seen));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) return {};
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], spec);
    return resolve(target, [...seen, node.$ref]);
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    // Prose and examples are not validation; dropping them keeps the fixture small.
    if (k === 'description' || k === 'example' || k === 'examples' || k === 'x-github') continue;
    out[k] = resolve(v, seen);
  }
  return out;
}

const operations = OPERATIONS.map(([method, path]) => {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
  const body = op.requestBody?.content?.['application/json']?.schema;
  const parameters = (op.parameters ?? []).map((p) => resolve(p)).filter((p) => p.in === 'query');
  return {
    method: method.toUpperCase(),
    path,
    operationId: op.operationId,
    ...(body ? { requestBody: resolve(body), bodyRequired: op.requestBody.required === true } : {}),
    query: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
  };
});

const out = { source: `${spec.info.title} ${spec.info.version}`, operations };
writeFileSync(new URL('../__tests__/e2e/fixtures/github-openapi.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${operations.length} operations`);
