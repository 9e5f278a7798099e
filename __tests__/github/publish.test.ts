import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, Deadline, publishCheckRun, publishReview, type CheckRunPlan } from '../../src/github/index.js';
import type { CheckAnnotationDraft } from '../../src/report/drafts.js';
import { GitHubEmulator } from '../e2e/emulator.js';

const repo = { owner: 'o', repo: 'r' };
const annotation = (i: number): CheckAnnotationDraft => ({ path: 'a.yaml', start_line: i + 1, end_line: i + 1, annotation_level: 'failure', title: 't', message: 'm' });
const plan = (n: number): CheckRunPlan => ({ name: 'manifest-gate', headSha: 'a'.repeat(40), title: 'Blocked', summary: 's', conclusion: 'failure', annotations: Array.from({ length: n }, (_, i) => annotation(i)) });

/** A deadline that is spent at its first check, to stop a publisher at a known point. */
function spentAtFirstCheck(): Deadline {
  let started = false;
  return new Deadline(1000, () => (started ? 10_000 : ((started = true), 0)));
}

let gh: GitHubEmulator;
let baseUrl: string;
beforeEach(async () => {
  gh = new GitHubEmulator();
  baseUrl = await gh.start();
});
afterEach(() => gh.stop());

const client = (deadline = new Deadline(60_000)) => createClient({ token: 't', baseUrl, deadline, waitScale: 0.001 });

describe('publishCheckRun', () => {
  it('completes the check run at once when the time budget runs out between batches', async () => {
    const outcome = await publishCheckRun(client(), repo, plan(120), spentAtFirstCheck());
    expect(outcome).toMatchObject({ sentAnnotations: 50, incomplete: true });
    expect(gh.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(gh.checkRuns[0].annotations).toHaveLength(50);
    expect(gh.invalid()).toEqual([]);
  });

  it('creates a completed run in one request when 50 annotations or fewer', async () => {
    await publishCheckRun(client(), repo, plan(50), new Deadline(60_000));
    expect(gh.requests.map((r) => r.operationId)).toEqual(['checks/create']);
    expect(gh.checkRuns[0].status).toBe('completed');
  });

  it('caps the annotations it sends at 1,000', async () => {
    const outcome = await publishCheckRun(client(), repo, plan(1030), new Deadline(60_000));
    expect(outcome.sentAnnotations).toBe(1000);
    expect(gh.calls('checks/update')).toHaveLength(19);
  });
});

describe('publishReview', () => {
  const draft = (line: number) => ({ fingerprint: line.toString(16).padStart(32, '0'), path: 'a.yaml', line, body: `c <!-- manifest-gate:fp=${line.toString(16).padStart(32, '0')} -->` });

  it('posts nothing when every finding already has its comment', async () => {
    gh.addComment({ body: draft(3).body, path: 'a.yaml', line: 3, user: { login: 'bot', type: 'Bot' } });
    const outcome = await publishReview(client(), repo, { pullNumber: 1, headSha: 'a'.repeat(40), verdict: 'v', inline: [draft(3)], listed: [], current: new Set([draft(3).fingerprint]), detailsAt: 'x' }, new Deadline(60_000));
    expect(outcome).toMatchObject({ posted: 0, alreadyPresent: 1, deleted: 0 });
    expect(gh.calls('pulls/create-review')).toHaveLength(0);
  });

  it('puts a start_line only before the line', async () => {
    await publishReview(
      client(),
      repo,
      { pullNumber: 1, headSha: 'a'.repeat(40), verdict: 'v', inline: [{ ...draft(5), startLine: 3 }, draft(7)], listed: [], current: new Set(), detailsAt: 'x' },
      new Deadline(60_000),
    );
    const body = gh.calls('pulls/create-review')[0].body as { comments: object[] };
    expect(body.comments).toEqual([
      expect.objectContaining({ line: 5, start_line: 3, side: 'RIGHT', start_side: 'RIGHT' }),
      expect.not.objectContaining({ start_line: expect.anything() }),
    ]);
    expect(gh.invalid()).toEqual([]);
  });
});

describe("the emulator's schema check (so a passing suite means something)", () => {
  const post = (path: string, body: unknown, method = 'POST') => fetch(`${baseUrl}${path}`, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it.each([
    ['more than 50 annotations', { name: 'n', head_sha: 'a', output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } }],
    ['an unknown annotation level', { name: 'n', head_sha: 'a', output: { title: 't', summary: 's', annotations: [{ ...annotation(0), annotation_level: 'error' }] } }],
    ['a summary over 65,535 characters', { name: 'n', head_sha: 'a', output: { title: 't', summary: 'x'.repeat(65536) } }],
    ['no head_sha', { name: 'n' }],
  ])('rejects a check run with %s', async (_what, body) => {
    const res = await post('/repos/o/r/check-runs', body);
    expect(res.status).toBe(422);
    expect(gh.invalid()).toHaveLength(1);
  });

  it('rejects a review comment without a path and an unknown query parameter', async () => {
    expect((await post('/repos/o/r/pulls/1/reviews', { event: 'COMMENT', comments: [{ body: 'b', line: 1 }] })).status).toBe(422);
    await fetch(`${baseUrl}/repos/o/r/pulls/1/files?per_page=abc&colour=red`);
    expect(gh.invalid().map((r) => r.schemaErrors.length)).toEqual([1, 2]);
  });
});
