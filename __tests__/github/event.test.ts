import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedOutCommit, isPermissionDenied, isRateLimited, isUnprocessable, logSafe, triggerOf } from '../../src/github/index.js';
import { asFork, pullRequestPayload, pushPayload } from '../e2e/harness.js';

describe('triggerOf', () => {
  it('reads a real pull_request payload: number, head and base commits, not a fork', () => {
    const p = pullRequestPayload('synchronize');
    expect(triggerOf('pull_request', p)).toEqual({ kind: 'pull_request', number: 2, headSha: p.pull_request.head.sha, baseSha: p.pull_request.base.sha, fromFork: false });
  });

  it('knows a fork and a deleted fork, also under pull_request_target', () => {
    expect(triggerOf('pull_request_target', asFork(pullRequestPayload()))).toMatchObject({ kind: 'pull_request', fromFork: true });
    const deleted = pullRequestPayload();
    deleted.pull_request.head.repo = null;
    expect(triggerOf('pull_request', deleted)).toMatchObject({ fromFork: true });
  });

  it('reads a push and falls back to other for anything else', () => {
    const push = pushPayload() as { before: string; after: string };
    expect(triggerOf('push', push)).toEqual({ kind: 'push', before: push.before, after: push.after });
    expect(triggerOf('workflow_dispatch', {})).toEqual({ kind: 'other', eventName: 'workflow_dispatch' });
    expect(triggerOf('pull_request', { pull_request: {} })).toEqual({ kind: 'other', eventName: 'pull_request' });
  });
});

describe('logSafe', () => {
  it.each([
    ['::error::x', '%3A:error::x'],
    ['  ::set-output name=a::b', '  %3A:set-output name=a::b'],
    ['file\n::error::x', 'file\\u000a::error::x'],
    ['k8s/a.yaml:3:1  error', 'k8s/a.yaml:3:1  error'],
  ])('%j → %j', (raw, safe) => {
    expect(logSafe(raw)).toBe(safe);
  });
});

describe('error classification', () => {
  const err = (status: number, message = 'x', headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });
  it.each([
    [err(403, 'Resource not accessible by integration'), true, false, false],
    [err(404), true, false, false],
    [err(403, 'You have exceeded a secondary rate limit'), false, true, false],
    [err(403, 'x', { 'x-ratelimit-remaining': '0' }), false, true, false],
    [err(422), false, false, true],
    [err(500), false, false, false],
    [new Error('network'), false, false, false],
  ])('case %#', (e, denied, limited, unprocessable) => {
    expect([isPermissionDenied(e), isRateLimited(e), isUnprocessable(e)]).toEqual([denied, limited, unprocessable]);
  });
});

describe('checkedOutCommit', () => {
  const sha = 'ab'.repeat(20);
  const repo = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-git-'));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, '.git', rel)), { recursive: true });
      writeFileSync(path.join(dir, '.git', rel), text);
    }
    return dir;
  };
  it.each([
    [{ HEAD: `${sha}\n` }, sha],
    [{ HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${sha}\n` }, sha],
    [{ HEAD: 'ref: refs/heads/main\n', 'packed-refs': `# pack-refs\n${sha} refs/heads/main\n` }, sha],
    [{ HEAD: 'ref: refs/../../etc\n' }, undefined],
    [{}, undefined],
  ])('case %#', (files, expected) => {
    expect(checkedOutCommit(repo(files))).toBe(expected);
  });
});
