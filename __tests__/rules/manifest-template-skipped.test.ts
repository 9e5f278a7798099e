import { describe, expect, it } from 'vitest';
import { brief, scanFiles } from '../helpers/scan.js';

describe('manifest-template-skipped', () => {
  it('says once per file that a chart template was not scanned', () => {
    const result = scanFiles({
      'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'chart/templates/secret.yaml': 'apiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.password }}\n',
    });
    expect(brief(result)).toEqual([{ ruleId: 'manifest-template-skipped', line: 1, messageId: 'skipped', severity: 'notice' }]);
    expect(result.findings[0].file).toBe('chart/templates/secret.yaml');
  });

  it('treats a non-parsing file with {{ }} outside a chart as a template, not a parse error', () => {
    const result = scanFiles({ 'x.yaml': 'kind: {{ .Kind }}\n  {{- include "x" . | nindent 2 }}\n' });
    expect(brief(result)).toEqual([{ ruleId: 'manifest-template-skipped', line: 1, messageId: 'skipped', severity: 'notice' }]);
  });
});
