import { describe, expect, it } from 'vitest';
import { brief, scanFiles, scanYaml } from '../helpers/scan.js';

describe('manifest-parse-error', () => {
  it('lands on the broken line and keeps the findings of the next document', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "x" y\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: fake-Wt6-grebe-Lm20\n';
    expect(brief(scanYaml(text))).toEqual([
      { ruleId: 'manifest-parse-error', line: 4, messageId: 'parse', severity: 'error' },
      { ruleId: 'secret-plaintext', line: 10, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('reports each broken file and still scans the good one', () => {
    const result = scanFiles({
      'a.yaml': 'a: [unclosed\n',
      'b.yaml': new Uint8Array([0x6b, 0x3a, 0x20, 0xc3, 0x28]),
      'c.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  token: fake-Pb3-avocet-Qs58\n',
    });
    expect(result.findings.map((f) => [f.file, f.ruleId, f.startLine])).toEqual([
      ['a.yaml', 'manifest-parse-error', 2],
      ['b.yaml', 'manifest-parse-error', 1],
      ['c.yaml', 'secret-plaintext', 5],
    ]);
  });

  it('does not quote the broken source line, which may hold a secret', () => {
    const result = scanYaml('apiVersion: v1\nkind: Secret\nstringData:\n  password: "fake-Zz9-tern" trailing\n');
    expect(result.findings[0].ruleId).toBe('manifest-parse-error');
    expect(JSON.stringify(result)).not.toContain('fake-Zz9-tern');
  });
});
