import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

const crashing: Rule = {
  meta: { id: 'always-crashes', title: 'crashes', defaultSeverity: 'error', messages: { m: 'x' }, remediation: 'none needed here at all', crossReferences: [] },
  target: {},
  check: () => {
    throw new TypeError('value fake-Qq1-secret was unexpected');
  },
};

describe('internal-error', () => {
  it('turns a crashing rule into a finding for that document and keeps the other rules', () => {
    const text = 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: fake-Nn4-plover-Ux62\n';
    const result = scan({ files: ['a.yaml'], repo: memoryRepo({ 'a.yaml': text }), rules: [crashing, ...RULES] });
    expect(result.findings.map((f) => [f.ruleId, f.startLine, f.messageId])).toEqual([
      ['internal-error', 2, 'crashed'],
      ['secret-plaintext', 5, 'stringData'],
    ]);
    expect(result.findings[0].message).toContain('always-crashes');
    expect(JSON.stringify(result)).not.toContain('fake-Qq1-secret');
  });
});
