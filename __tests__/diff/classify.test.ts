import { describe, expect, it } from 'vitest';
import { classifyFindings, diffModel, parseHunks, type ChangedFile } from '../../src/diff/index.js';
import type { Finding } from '../../src/domain/index.js';

const finding = (file: string, startLine: number, endLine = startLine): Finding => ({
  ruleId: 'secret-plaintext',
  severity: 'error',
  file,
  startLine,
  endLine,
  startColumn: 1,
  messageId: 'plaintext',
  message: 'm',
  remediation: 'r',
  docsUrl: 'https://example.test',
  fingerprint: `${file}:${startLine}`,
});

// New-file lines: 10 context, 11 added, 12 added, 13 context; 20..21 a second hunk with 21 added.
const PATCH = ['@@ -10,3 +10,4 @@ kind: Secret', ' ctx', '-gone', '+new a', '+new b', ' ctx', '@@ -19,2 +20,2 @@', ' ctx', '-old', '+new', '\\ No newline at end of file'].join('\n');

describe('parseHunks', () => {
  it('reads new-file ranges and added lines', () => {
    const hunks = parseHunks(PATCH);
    expect(hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([
      [10, 13, [11, 12]],
      [20, 21, [21]],
    ]);
  });

  it('reads a header without counts as one line, and a removal-only hunk as empty', () => {
    expect(parseHunks('@@ -1 +1 @@\n-a\n+b').map((h) => [h.start, h.end, [...h.added]])).toEqual([[1, 1, [1]]]);
    expect(parseHunks('@@ -3,2 +2,0 @@\n-a\n-b').map((h) => [h.start, h.end, [...h.added]])).toEqual([[2, 1, []]]);
  });
});

describe('classifyFindings', () => {
  const changed: ChangedFile[] = [
    { path: 'a.yaml', status: 'modified', patch: PATCH },
    { path: 'big.yaml', status: 'modified' },
    { path: 'gone.yaml', status: 'removed', patch: '@@ -1,1 +0,0 @@\n-x' },
  ];
  const diff = diffModel(changed);

  it.each([
    ['a.yaml', 11, 11, 'added-line', { line: 11 }],
    ['a.yaml', 10, 10, 'diff-context', { line: 10 }],
    ['a.yaml', 13, 13, 'diff-context', { line: 13 }],
    ['a.yaml', 10, 12, 'added-line', { line: 12, startLine: 10 }],
    ['a.yaml', 12, 30, 'added-line', { line: 13, startLine: 12 }],
    ['a.yaml', 15, 15, 'changed-file', undefined],
    ['big.yaml', 3, 3, 'changed-file', undefined],
    ['gone.yaml', 1, 1, 'outside-diff', undefined],
    ['other.yaml', 1, 1, 'outside-diff', undefined],
  ] as const)('%s:%i-%i is %s', (file, start, end, place, anchor) => {
    const [placed] = classifyFindings([finding(file, start, end)], diff);
    expect(placed.place).toBe(place);
    expect(placed.anchor).toEqual(anchor);
  });

  it('keeps every finding, in order', () => {
    const findings = [finding('a.yaml', 11), finding('other.yaml', 2), finding('a.yaml', 15)];
    expect(classifyFindings(findings, diff).map((p) => p.finding)).toEqual(findings);
  });
});
