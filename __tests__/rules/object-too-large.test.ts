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

  it('counts binaryData by decoded bytes and data by UTF-8 bytes', () => {
    const bin = Buffer.alloc(MiB / 2, 7).toString('base64');
    const under = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata:\n  a: "${'é'.repeat(MiB / 4)}"\nbinaryData:\n  b: ${bin}\n`;
    expect(brief(scanYaml(under), 'object-too-large')).toEqual([]);
    const over = under.replace(`"${'é'.repeat(MiB / 4)}"`, `"${'é'.repeat(MiB / 4)}x"`);
    expect(brief(scanYaml(over), 'object-too-large')).toEqual([{ ruleId: 'object-too-large', line: 2, messageId: 'configmap', severity: 'error' }]);
  });

  it('lets stringData replace a data key of the same name, as the API server merges them', () => {
    const big = Buffer.alloc(MiB, 1).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  k: ${big}\nstringData:\n  k: small\n  j: "${'z'.repeat(100)}"\n`;
    expect(brief(scanYaml(text), 'object-too-large')).toEqual([]);
  });

  it('measures any kind against the etcd request limit by its JSON form', () => {
    const text = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: huge.example.com}\nspec:\n  a: "${'<'.repeat(270 * 1024)}"\n`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'object-too-large', line: 2, messageId: 'etcd', severity: 'error' }]);
  });

  it('gives the measured size and the limit in the message', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  a: "${'x'.repeat(MiB + 1)}"\n`;
    const [f] = scanYaml(text).findings;
    expect(f.message).toContain('1,048,577 bytes');
    expect(f.message).toContain('1,048,576 bytes (1 MiB)');
  });
});
