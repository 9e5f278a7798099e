import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Severity } from '../../src/domain/index.js';
import { emitAnnotations } from '../../src/github/index.js';

const finding = (severity: Severity, i: number): Finding => ({
  ruleId: 'secret-plaintext',
  severity,
  file: `k8s/${severity}.yaml`,
  startLine: i + 1,
  endLine: i + 1,
  startColumn: 1,
  messageId: 'm',
  message: `line ${i}\n::error::forged`,
  remediation: 'fix',
  docsUrl: 'https://example.test',
  fingerprint: `${severity}${i}`,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('emitAnnotations', () => {
  it('shows at most 10 a level, less reserved slots, and says how many more are elsewhere', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('error', i)),
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i)),
      ...Array.from({ length: 3 }, (_, i) => finding('notice', i)),
    ];
    const outcome = emitAnnotations(findings, 'the check run', { error: 1 });
    vi.restoreAllMocks();
    const out = lines.join('');
    expect(outcome).toEqual({ shown: 22, held: 5 });
    expect(out.match(/^::error /gm)).toHaveLength(9);
    expect(out.match(/^::warning /gm)).toHaveLength(10);
    expect(out.match(/^::notice /gm)).toHaveLength(3);
    expect(out).toContain('5 more findings are not annotated here (GitHub shows 10 per level and step): see the check run.');
    // The message's newline is escaped: the forged command stays inside the annotation.
    expect(out.match(/^::error::forged/gm)).toBeNull();
  });

  it('escapes terminal control characters from repository text in the message', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    emitAnnotations([{ ...finding('error', 0), message: 'Secret an\u001b[31msi stores key x' }], 'the check run');
    vi.restoreAllMocks();
    const out = lines.join('');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('an\\u001b[31msi');
  });
});
