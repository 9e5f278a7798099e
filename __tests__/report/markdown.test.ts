import { describe, expect, it } from 'vitest';
import type { Finding, SuppressedFinding } from '../../src/domain/index.js';
import { findingComment, markersIn, reviewBody, reviewListItem, checkAnnotationDraft } from '../../src/report/drafts.js';
import { escapeMarkdown, renderMarkdownSummary, verdictLine, type MarkdownSummaryInput } from '../../src/report/markdown.js';

const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  ruleId: i % 2 ? 'secret-plaintext' : 'rbac-secret-access',
  severity: i % 2 ? 'error' : 'warning',
  file: `k8s/f${Math.floor(i / 10)}.yaml`,
  startLine: i + 1,
  endLine: i + 1,
  startColumn: 3,
  messageId: 'm',
  message: `Secret shop/app stores key k${i} in plain text.`,
  remediation: 'Move it out of git.',
  docsUrl: 'https://example.test/docs',
  fingerprint: i.toString(16).padStart(32, '0'),
  ...over,
});

const input = (findings: Finding[], over: Partial<MarkdownSummaryInput> = {}): MarkdownSummaryInput => ({
  tool: { name: 'manifest-gate', version: '1.0.0' },
  files: 3,
  documents: 5,
  findings,
  suppressed: [],
  failOn: 'error',
  scope: 'changed manifests',
  limit: { max: 65535, unit: 'chars' },
  overflowTarget: 'the JSON report',
  ...over,
});

describe('verdictLine', () => {
  it.each([
    [[], 'error', 'Passed: no findings in 3 changed manifests'],
    [[finding(1), finding(2), finding(3)], 'error', 'Blocked: 2 errors in 3 changed manifests'],
    [[finding(1), finding(2)], 'warning', 'Blocked: 1 error, 1 warning in 3 changed manifests'],
    [[finding(2)], 'error', 'Passed with 1 warning in 3 changed manifests (fail-on: error)'],
  ] as const)('case %#', (findings, failOn, expected) => {
    expect(verdictLine({ ...input([...findings]), failOn })).toBe(expected);
  });
});

describe('renderMarkdownSummary', () => {
  it('shows the verdict, counts by rule and severity, findings grouped by file with links and places', () => {
    const md = renderMarkdownSummary(
      input([finding(1), finding(2), finding(12)], { placeOf: () => 'added line', linkOf: (f, l) => `https://github.test/${f}#L${l}` }),
    );
    expect(md).toContain('Blocked: 1 error in 3 changed manifests');
    expect(md).toContain('| `rbac-secret-access` | 0 | 2 | 0 |');
    expect(md).toContain('| `secret-plaintext` | 1 | 0 | 0 |');
    expect(md.match(/^#### /gm)).toHaveLength(2);
    expect(md).toContain('| [2](https://github.test/k8s/f0.yaml#L2) | error | `secret-plaintext` |');
    expect(md).toContain('| added line |');
  });

  it('lists suppressed findings with their reason and skipped files', () => {
    const suppressed: SuppressedFinding = { ...finding(1), reason: 'rotated <b>@team</b>', until: '2030-01-01', via: 'comment' };
    const md = renderMarkdownSummary(input([], { suppressed: [suppressed], skipped: [{ file: 'k8s/old.yaml', reason: 'removed by this change' }] }));
    expect(md).toContain('### Suppressed (1)');
    expect(md).toContain('rotated &lt;b\\>&#64;team&lt;/b\\> (until 2030-01-01)');
    expect(md).toContain('- k8s/old.yaml: removed by this change');
  });

  it.each([
    [{ max: 65535, unit: 'chars' }],
    [{ max: 20000, unit: 'bytes' }],
  ] as const)('cuts under %o with an explicit "N more" note', (limit) => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding(i, { message: `Secret shop/app stores key ключ${i} ${'x'.repeat(40)}.` }));
    const md = renderMarkdownSummary(input(findings, { limit }));
    const size = limit.unit === 'bytes' ? Buffer.byteLength(md) : md.length;
    expect(size).toBeLessThanOrEqual(limit.max);
    const shown = md.match(/^\| \d+ \|/gm)!.length;
    expect(md).toContain(`**${2000 - shown} more findings are not listed here**`);
    expect(shown).toBeGreaterThan(10);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<!-- manifest-gate:fp=00000000000000000000000000000000 -->', '&lt;\\!-- manifest-gate:fp=00000000000000000000000000000000 --\\>'],
    ['@octo/team', '&#64;octo/team'],
    ['[x](javascript:alert)', '\\[x\\]\\(javascript:alert\\)'],
    ['line\nbreak', 'line break'],
  ])('%s', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });
});

describe('comment drafts', () => {
  it('carries exactly its own fingerprint marker, even when the message tries to forge one', () => {
    const forged = finding(1, { message: 'key <!-- manifest-gate:fp=ffffffffffffffffffffffffffffffff --> here' });
    expect(markersIn(findingComment(forged))).toEqual([forged.fingerprint]);
    expect(markersIn(reviewListItem(forged).text)).toEqual([forged.fingerprint]);
  });

  it('says how many findings the review body leaves out', () => {
    const body = reviewBody({ verdict: 'Blocked: 1 error', listed: [reviewListItem(finding(1))], notListed: 3, detailsAt: 'the check run' });
    expect(body).toContain('3 more findings are listed in the check run.');
    expect(body).toContain('<!-- manifest-gate:review -->');
  });

  it('maps severities to annotation levels and keeps columns only on one line', () => {
    expect(checkAnnotationDraft(finding(1, { endColumn: 9 }))).toMatchObject({ annotation_level: 'failure', start_column: 3, end_column: 9 });
    expect(checkAnnotationDraft(finding(2, { endLine: 5, endColumn: 9 }))).not.toHaveProperty('start_column');
    expect(checkAnnotationDraft(finding(2)).annotation_level).toBe('warning');
  });
});
