import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const rule = 'naming-convention';
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: "b"}\n`;
const convention = (options: Record<string, unknown>) => ({ [rule]: { severity: 'warning' as const, options } });
const PATTERN = '^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$';

describe('naming-convention', () => {
  it('is off by default', () => {
    expect(brief(scanYaml(cm('Whatever_Name')), rule)).toEqual([]);
  });

  it('fires on a name that does not match, on the name line', () => {
    expect(brief(scanYaml(cm('shop-settings'), convention({ pattern: PATTERN })), rule)).toEqual([
      { ruleId: rule, line: 4, messageId: 'mismatch', severity: 'warning' },
    ]);
  });

  it('stays quiet on a matching name, without a pattern, and outside the configured kinds', () => {
    expect(brief(scanYaml(cm('shop-prod-settings'), convention({ pattern: PATTERN })), rule)).toEqual([]);
    expect(brief(scanYaml(cm('shop-settings'), convention({})), rule)).toEqual([]);
    expect(brief(scanYaml(cm('shop-settings'), convention({ pattern: PATTERN, kinds: ['Deployment'] })), rule)).toEqual([]);
  });

  it('reports an invalid pattern as a finding, not a crash', () => {
    expect(brief(scanYaml(cm('a'), convention({ pattern: '(' })))).toEqual([{ ruleId: rule, line: 4, messageId: 'invalidPattern', severity: 'warning' }]);
  });
});
