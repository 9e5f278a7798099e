import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const MiB = 1024 * 1024;

describe('object-too-large', () => {
  it('fires on a ConfigMap whose values exceed 1 MiB, on the kind line', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  a: "${'x'.repeat(MiB / 2)}"\n  b: "${'x'.repeat(MiB / 2 + 1)}"\n`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'object-too-large', line: 2, messageId: 'configmap', severity: 'error' }]);
  });

  it('stays quiet at exactly 1 MiB of values (keys do not count)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: edge}\ndata:\n  a-long-key-name: "${'x'.repeat(MiB)}"\n`;
    expect(brief(scanYaml(text), 'object-too-large')).toEqual([]);
  });

  it('counts a Secret by decoded bytes', () => {
    const encoded = Buffer.alloc(MiB + 10, 1).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata: {name: blob}\ndata:\n  blob.bin: ${encoded}\n`;
    expect(brief(scanYaml(text), 'object-too-large')).toEqual([{ ruleId: 'object-too-large', line: 2, messageId: 'secret', severity: 'error' }]);
  });

  it('fires on annotations over 256 KiB', () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  annotations:\n    note: "${'y'.repeat(256 * 1024)}"\n`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'object-too-large', line: 2, messageId: 'annotations', severity: 'error' }]);
  });
});
