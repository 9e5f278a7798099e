import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';
import { loadFile } from '../../src/manifests/index.js';
import { lastAppliedBytes, LAST_APPLIED } from '../../src/rules/sizes.js';

describe('apply-annotation-too-large', () => {
  it('fires on a CRD too large for the last-applied annotation, on the kind line', () => {
    const text = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: big.example.com}\nspec:\n  description: "${'d'.repeat(300 * 1024)}"\n`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'apply-annotation-too-large', line: 2, messageId: 'tooLong', severity: 'warning' }]);
  });

  it('counts < > & as Go escapes them (six bytes each)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: "<&>"\n';
    const [doc] = loadFile({ path: 'c.yaml', text, bytes: text.length }).documents;
    const json = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"x":"\\u003c\\u0026\\u003e"}}';
    expect(lastAppliedBytes(doc)).toBe(LAST_APPLIED.length + json.length + 1);
  });

  it('stays quiet below the limit and defers to object-too-large above the API limit', () => {
    const small = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: b\n';
    expect(brief(scanYaml(small))).toEqual([]);
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "${'x'.repeat(1024 * 1024 + 1)}"\n`;
    expect(brief(scanYaml(huge)).map((f) => f.ruleId)).toEqual(['object-too-large']);
  });
});
