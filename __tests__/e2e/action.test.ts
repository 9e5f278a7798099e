import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator, type EmulatedFile } from './emulator.js';
import { addedPatch, asFork, makeWorkspace, modifiedPatch, pullRequestPayload, pushPayload, runAction, type ActionRun, type PullRequestPayload } from './harness.js';

// A credential assembled at run time: nothing in the repository looks like a leak, and every output
// can be searched for it.
const CANARY = `mgCanary${randomBytes(12).toString('hex')}`;

const secretYaml = (keys: Record<string, string>, lead = '') =>
  `${lead}apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\n  namespace: shop\ntype: Opaque\nstringData:\n` +
  Object.entries(keys)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('');

const TOKEN = 'ghs_emulatortoken0000000000000000000000';

const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndata:\n  LOG_LEVEL: info\n';

let gh: GitHubEmulator;
let apiUrl: string;
let payload: PullRequestPayload;

beforeEach(async () => {
  gh = new GitHubEmulator();
  apiUrl = await gh.start();
  payload = pullRequestPayload('opened');
});
afterEach(async () => {
  await gh.stop();
});

const head = () => payload.pull_request.head.sha;

/** Runs the Action on a pull request whose workspace holds `files` and whose listing is `changed`. */
async function runPr(files: Record<string, string>, changed: EmulatedFile[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  gh.files = changed;
  const workspace = makeWorkspace(files, head());
  const run = await runAction({ workspace, apiUrl, eventName: 'pull_request', payload, inputs, token: TOKEN });
  expectCleanRun(run);
  return run;
}

/** What every run must satisfy: valid request bodies, no canary anywhere, no stack trace. */
function expectCleanRun(run: ActionRun): void {
  expect(gh.invalid().map((r) => `${r.method} ${r.path}: ${r.schemaErrors.join('; ')}`)).toEqual([]);
  for (const r of gh.requests) expect(r.raw).not.toContain(CANARY);
  expect(run.stdout).not.toContain(CANARY);
  expect(run.stderr).not.toContain(CANARY);
  expect(run.summary).not.toContain(CANARY);
  if (run.outputs['report-json']) expect(readFileSync(run.outputs['report-json'], 'utf8')).not.toContain(CANARY);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  for (const r of gh.requests) expect(r.raw).not.toContain(TOKEN);
  expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
}

const added = (filename: string, text: string): EmulatedFile => ({ filename, status: 'added', patch: addedPatch(text) });

describe('the Action on a pull request, end to end against dist/index.js', () => {
  it('passes a clean pull request: exit 0, success check run, no review', async () => {
    const run = await runPr({ 'k8s/settings.yaml': CONFIGMAP }, [added('k8s/settings.yaml', CONFIGMAP)]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', notices: '0', failed: 'false' });
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ name: 'manifest-gate findings', head_sha: head(), status: 'completed', conclusion: 'success' });
    expect(gh.reviews).toHaveLength(0);
    expect(run.summary).toContain('Passed: no findings in 1 changed manifest');
  });

  it('blocks a secret on an added line: inline comment, failure annotation, exit 1', async () => {
    const text = secretYaml({ username: 'shop', password: CANARY });
    const run = await runPr({ 'k8s/secret.yaml': text }, [added('k8s/secret.yaml', text)]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1', failed: 'true' });
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.findings.map((f: { ruleId: string; startLine: number }) => [f.ruleId, f.startLine])).toEqual([['secret-plaintext', 9]]);

    expect(gh.reviews).toHaveLength(1);
    const review = gh.calls('pulls/create-review')[0].body as { event: string; commit_id: string; comments: { path: string; line: number; side: string; body: string }[] };
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: head() });
    expect(review.comments.map((c) => [c.path, c.line, c.side])).toEqual([['k8s/secret.yaml', 9, 'RIGHT']]);
    expect(review.comments[0].body).toContain(`<!-- manifest-gate:fp=${report.findings[0].fingerprint} -->`);

    expect(gh.checkRuns[0]).toMatchObject({ head_sha: head(), conclusion: 'failure' });
    expect(gh.checkRuns[0].annotations).toEqual([expect.objectContaining({ path: 'k8s/secret.yaml', start_line: 9, annotation_level: 'failure' })]);
    expect(run.commands.filter((c) => c.command === 'error' && c.props.includes('file=k8s/secret.yaml,line=9'))).toHaveLength(1);
    expect(run.summary).toContain('Blocked: 1 error in 1 changed manifest');
  });

  it('reports a finding on an unchanged line of a changed file in the review body, not inline', async () => {
    const text = secretYaml({ password: CANARY }, '# owner: shop team\n# reviewed: yes\n# notes: none\n# more notes\n# and more\n');
    // Only line 1 changed; the password (line 13) is outside every hunk.
    const run = await runPr({ 'k8s/secret.yaml': text }, [{ filename: 'k8s/secret.yaml', status: 'modified', patch: modifiedPatch(text, [1]) }]);
    expect(run.code).toBe(1);
    const review = gh.calls('pulls/create-review')[0].body as { body: string; comments?: unknown[] };
    expect(review.comments ?? []).toEqual([]);
    expect(review.body).toContain('k8s/secret.yaml:13');
    expect(review.body).toMatch(/<!-- manifest-gate:fp=[0-9a-f]+ -->/);
    expect(gh.checkRuns[0].annotations).toHaveLength(1);
    expect(run.summary).toContain('changed file, outside the diff');
  });

  it('posts 120 findings in batches: 50 annotations a request, 50 inline comments, overflow notes', async () => {
    const keys = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`token_${i}`, `${CANARY}x${i}`]));
    const text = secretYaml(keys);
    const run = await runPr({ 'k8s/many.yaml': text }, [added('k8s/many.yaml', text)]);
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('120');
    const batches = [...gh.calls('checks/create'), ...gh.calls('checks/update')].map((r) => ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
    expect(batches).toEqual([50, 50, 20]);
    expect(gh.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(gh.checkRuns[0].annotations).toHaveLength(120);
    const review = gh.calls('pulls/create-review')[0].body as { body: string; comments: unknown[] };
    expect(review.comments).toHaveLength(50);
    expect(review.body).toContain('70 more findings are listed in');
    // 10 errors a step: 9 findings and the step's own failure line.
    expect(run.commands.filter((c) => c.command === 'error' && c.props.includes('file='))).toHaveLength(9);
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(run.stdout).toContain('111 more findings are not annotated here');
  });

  it('re-runs idempotently: no duplicates, stale comments removed, threads with replies kept', async () => {
    const text = secretYaml({ password: CANARY });
    const files = { 'k8s/secret.yaml': text };
    const changed = [added('k8s/secret.yaml', text)];
    await runPr(files, changed);
    expect(gh.comments).toHaveLength(1);
    const staleBot = gh.addComment({ body: 'old finding\n<!-- manifest-gate:fp=0123456789abcdef0123456789abcdef -->', path: 'k8s/secret.yaml', line: 3, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const staleDiscussed = gh.addComment({ body: 'old finding\n<!-- manifest-gate:fp=fedcba9876543210fedcba9876543210 -->', path: 'k8s/secret.yaml', line: 4, user: { login: 'github-actions[bot]', type: 'Bot' } });
    gh.addComment({ body: 'We rotated this already.', path: 'k8s/secret.yaml', line: 4, in_reply_to_id: staleDiscussed.id, user: { login: 'octocat', type: 'User' } });

    const again = await runPr(files, changed);
    expect(again.code).toBe(1);
    expect(gh.calls('pulls/create-review')).toHaveLength(1);
    expect(gh.calls('pulls/delete-review-comment').map((r) => r.path)).toEqual([`/repos/Codertocat/Hello-World/pulls/comments/${staleBot.id}`]);
    expect(gh.comments.map((c) => c.id)).toContain(staleDiscussed.id);
    expect(gh.comments.filter((c) => c.body.includes('manifest-gate:fp='))).toHaveLength(2);
  });

  it('falls back on a fork pull request (403 on writes): annotations, summary, one permissions line, exit still 1', async () => {
    payload = asFork(payload);
    gh.faults.denyWrites = true;
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ 'k8s/secret.yaml': text }, [added('k8s/secret.yaml', text)]);
    expect(run.code).toBe(1);
    expect(gh.reviews).toHaveLength(0);
    expect(gh.checkRuns).toHaveLength(0);
    const permission = run.commands.filter((c) => c.command === 'warning' && c.message.includes('permissions:'));
    expect(permission).toHaveLength(1);
    expect(permission[0].message).toContain('pull-requests: write, checks: write');
    expect(permission[0].message).toContain('fork');
    expect(run.summary).toContain('pull-requests: write, checks: write');
    expect(run.commands.filter((c) => c.command === 'error' && c.props.includes('file=k8s/secret.yaml,line=8'))).toHaveLength(1);
    expect(run.stdout).not.toMatch(/could not run/);
  });

  it('posts the rest when GitHub refuses one review comment (422)', async () => {
    const text = secretYaml({ password: CANARY, api_token: `${CANARY}2` });
    gh.faults.rejectComment = (c) => c.line === 9;
    const run = await runPr({ 'k8s/secret.yaml': text }, [added('k8s/secret.yaml', text)]);
    expect(run.code).toBe(1);
    expect(gh.calls('pulls/create-review').map((r) => r.status)).toEqual([422, 200]);
    expect(gh.calls('pulls/create-review-comment').map((r) => [(r.body as { line: number }).line, r.status])).toEqual([
      [8, 201],
      [9, 422],
    ]);
    expect(gh.comments.map((c) => c.line)).toEqual([8]);
    expect(run.summary).toContain('GitHub refused 1 review comments');
  });

  it('waits out a secondary rate limit and then succeeds', async () => {
    gh.faults.secondaryRateLimitOnce = 'checks/create';
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ 'k8s/secret.yaml': text }, [added('k8s/secret.yaml', text)]);
    expect(run.code).toBe(1);
    expect(gh.calls('checks/create').map((r) => r.status)).toEqual([403, 201]);
    expect(gh.checkRuns).toHaveLength(1);
    expect(run.stdout).toContain('secondary rate limit');
  });

  it('retries a 5xx when listing files', async () => {
    gh.faults.serverErrorOnce = 'pulls/list-files';
    const run = await runPr({ 'k8s/settings.yaml': CONFIGMAP }, [added('k8s/settings.yaml', CONFIGMAP)]);
    expect(run.code).toBe(0);
    expect(gh.calls('pulls/list-files').map((r) => r.status)).toEqual([502, 200]);
  });

  it('pages through a pull request of more than 100 files', async () => {
    const files: Record<string, string> = {};
    const changed: EmulatedFile[] = [];
    for (let i = 0; i < 150; i++) {
      const name = `k8s/cm-${String(i).padStart(3, '0')}.yaml`;
      const text = i === 140 ? secretYaml({ password: CANARY }) : CONFIGMAP.replace('settings', `settings-${i}`);
      files[name] = text;
      changed.push(added(name, text));
    }
    const run = await runPr(files, changed);
    expect(gh.calls('pulls/list-files').map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('in 150 changed manifests');
    expect(gh.checkRuns[0].annotations).toEqual([expect.objectContaining({ path: 'k8s/cm-140.yaml' })]);
  });

  it('skips removed files and scans renamed files under their new path', async () => {
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ 'k8s/new-name.yaml': text }, [
      { filename: 'k8s/gone.yaml', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-a: 1\n-b: 2' },
      { filename: 'k8s/new-name.yaml', previous_filename: 'k8s/old-name.yaml', status: 'renamed', patch: modifiedPatch(text, [8]) },
    ]);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('k8s/gone.yaml: removed by this change');
    const review = gh.calls('pulls/create-review')[0].body as { comments: { path: string; line: number }[] };
    expect(review.comments.map((c) => [c.path, c.line])).toEqual([['k8s/new-name.yaml', 8]]);
  });

  it('turns malformed YAML into a manifest-parse-error finding at its line', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata:\n  key: [unclosed\n';
    const run = await runPr({ 'k8s/broken.yaml': text }, [added('k8s/broken.yaml', text)]);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['manifest-parse-error']);
    expect(gh.checkRuns[0].conclusion).toBe('failure');
  });

  it('never lets a hostile file name become a workflow command', async () => {
    const name = 'k8s/::error::pwned.yaml';
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ [name]: text }, [added(name, text)]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => /^\s*::error::pwned/.test(l))).toEqual([]);
    const annotations = run.commands.filter((c) => c.command === 'error' && c.props.includes('file='));
    expect(annotations.map((c) => c.props)).toEqual([' title=manifest-gate%3A secret-plaintext,file=k8s/%3A%3Aerror%3A%3Apwned.yaml,line=8,endLine=8']);
  });

  it('passes findings below fail-on with a neutral check run', async () => {
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ 'k8s/secret.yaml': text }, [added('k8s/secret.yaml', text)], { 'fail-on': 'never' });
    expect(run.code).toBe(0);
    expect(run.outputs.failed).toBe('false');
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
  });

  it('says so when the workspace does not hold the changed files', async () => {
    const text = secretYaml({ password: CANARY });
    gh.files = [added('k8s/secret.yaml', text)];
    const run = await runAction({ workspace: makeWorkspace({}), apiUrl, eventName: 'pull_request', payload, token: TOKEN });
    expectCleanRun(run);
    expect(run.code).toBe(1);
    expect(run.outputs.failed).toBe('true');
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', title: 'Not scanned: the workspace does not hold the changed manifests' });
    expect(run.summary).toContain('## ❌ Not scanned: the workspace does not hold the changed manifests');
    expect(run.summary).toContain('The workspace does not hold the changed files: add `actions/checkout`');
    expect(run.summary).toContain('k8s/secret.yaml: not in the checked-out workspace');
  });

  it('says so when the workspace is at another commit than the pull request head', async () => {
    const text = secretYaml({ password: CANARY });
    gh.files = [added('k8s/secret.yaml', text)];
    const run = await runAction({ workspace: makeWorkspace({ 'k8s/secret.yaml': text }, '1'.repeat(40)), apiUrl, eventName: 'pull_request', payload, token: TOKEN });
    expectCleanRun(run);
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`The workspace is at commit 111111111111, not the pull request head ${head().slice(0, 12)}`);
  });

  it('scans every manifest with scan: all, and still places findings against the diff', async () => {
    const text = secretYaml({ password: CANARY });
    const run = await runPr({ 'k8s/secret.yaml': text, 'k8s/settings.yaml': CONFIGMAP }, [added('k8s/settings.yaml', CONFIGMAP)], { scan: 'all' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('Blocked: 1 error in 2 manifests');
    expect(run.summary).toContain('| not in this change |');
    expect(gh.reviews).toHaveLength(0);
  });

  it('writes a SARIF report to sarif-file, without the secret value', async () => {
    const text = secretYaml({ password: CANARY });
    gh.files = [added('k8s/secret.yaml', text)];
    const workspace = makeWorkspace({ 'k8s/secret.yaml': text }, head());
    const run = await runAction({ workspace, apiUrl, eventName: 'pull_request', payload, inputs: { 'sarif-file': 'reports/manifest-gate.sarif' }, token: TOKEN });
    expectCleanRun(run);
    expect(run.code).toBe(1);
    const sarifText = readFileSync(path.join(workspace, 'reports/manifest-gate.sarif'), 'utf8');
    expect(sarifText).not.toContain(CANARY);
    const sarif = JSON.parse(sarifText);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [r.ruleId, r.locations[0].physicalLocation.region.startLine])).toEqual([['secret-plaintext', 8]]);
    expect(run.commands.filter((c) => c.command === 'warning' && /sarif/i.test(c.message))).toEqual([]);
  });

  it('fails only on findings missing from the baseline input, and lists the accepted ones', async () => {
    const old = secretYaml({ password: CANARY });
    // Today's finding recorded as accepted: the fingerprint comes from a first run's JSON report.
    gh.files = [added('k8s/secret.yaml', old)];
    const first = await runAction({ workspace: makeWorkspace({ 'k8s/secret.yaml': old }, head()), apiUrl, eventName: 'pull_request', payload, token: TOKEN });
    const accepted = JSON.parse(readFileSync(first.outputs['report-json'], 'utf8')).findings;
    const baseline = { version: 1, created: '2026-12-01T00:00:00.000Z', findings: accepted.map((f: { fingerprint: string; ruleId: string; severity: string; file: string; startLine: number }) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, file: f.file, startLine: f.startLine })) };
    const files = { 'k8s/secret.yaml': old, '.github/manifest-gate-baseline.json': JSON.stringify(baseline) };

    const same = await runPr(files, [added('k8s/secret.yaml', old)], { baseline: '.github/manifest-gate-baseline.json' });
    expect(same.code).toBe(0);
    expect(same.outputs).toMatchObject({ findings: '0', failed: 'false' });
    expect(JSON.parse(readFileSync(same.outputs['report-json'], 'utf8')).suppressed.map((f: { via: string }) => f.via)).toEqual(['baseline']);

    const grown = secretYaml({ password: CANARY, token: `${CANARY}2` });
    const more = await runPr({ ...files, 'k8s/secret.yaml': grown }, [added('k8s/secret.yaml', grown)], { baseline: '.github/manifest-gate-baseline.json' });
    expect(more.code).toBe(1);
    expect(JSON.parse(readFileSync(more.outputs['report-json'], 'utf8')).findings.map((f: { startLine: number }) => f.startLine)).toEqual([9]);
  });

  it('fails with one line when the baseline input names no file', async () => {
    const run = await runPr({ 'k8s/settings.yaml': CONFIGMAP }, [added('k8s/settings.yaml', CONFIGMAP)], { baseline: 'missing.json' });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringContaining('input baseline: cannot read missing.json')]);
  });

  it('fails with one line on an invalid input', async () => {
    const run = await runPr({ 'k8s/settings.yaml': CONFIGMAP }, [added('k8s/settings.yaml', CONFIGMAP)], { 'fail-on': 'sometimes' });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringContaining('input fail-on: fail-on must be one of error, warning, notice, never')]);
    expect(gh.requests).toHaveLength(0);
  });
});

describe('the Action on a push', () => {
  it('scans the files the push changed and attaches the check run to the pushed commit', async () => {
    const push = pushPayload() as { before: string; after: string };
    push.before = 'a'.repeat(40);
    const text = secretYaml({ password: CANARY });
    gh.files = [added('k8s/secret.yaml', text)];
    const run = await runAction({ workspace: makeWorkspace({ 'k8s/secret.yaml': text, 'k8s/other.yaml': CONFIGMAP }), apiUrl, eventName: 'push', payload: push });
    expectCleanRun(run);
    expect(run.code).toBe(1);
    expect(gh.calls('repos/compare-commits-with-basehead')).toHaveLength(1);
    expect(gh.checkRuns[0].head_sha).toBe(push.after);
    expect(gh.reviews).toHaveLength(0);
    expect(run.summary).toContain('in 1 changed manifest');
  });
});
