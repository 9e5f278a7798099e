import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';
import { loadFile } from '../../src/manifests/index.js';
import { goJsonBytes, lastAppliedBytes, LAST_APPLIED } from '../../src/rules/sizes.js';

describe('apply-annotation-too-large', () => {
  it('fires on a CRD too large for the last-applied annotation, on the kind line', () => {
    const text = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: big.example.com}\nspec:\n  description: "${'d'.repeat(300 * 1024)}"\n`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'apply-annotation-too-large', line: 2, messageId: 'tooLong', severity: 'warning' }]);
  });

  it('counts < > & as Go escapes them (six bytes each), and the empty annotations map kubectl writes back', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: "<&>"\n';
    const [doc] = loadFile({ path: 'c.yaml', text, bytes: text.length }).documents;
    const json = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","annotations":{}},"data":{"x":"\\u003c\\u0026\\u003e"}}';
    expect(lastAppliedBytes(doc)).toBe(LAST_APPLIED.length + json.length + 1);
  });

  it('stays quiet below the limit and defers to object-too-large above the API limit', () => {
    const small = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: b\n';
    expect(brief(scanYaml(small))).toEqual([]);
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "${'x'.repeat(1024 * 1024 + 1)}"\n`;
    expect(brief(scanYaml(huge)).map((f) => f.ruleId)).toEqual(['object-too-large']);
  });

  it('fires one byte over the limit and stays quiet exactly at it', () => {
    const base = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "X"\n';
    const [doc] = loadFile({ path: 'c.yaml', text: base, bytes: base.length }).documents;
    const fill = 256 * 1024 - lastAppliedBytes(doc) + 1;
    const at = base.replace('"X"', `"${'x'.repeat(fill)}"`);
    const over = base.replace('"X"', `"${'x'.repeat(fill + 1)}"`);
    expect(brief(scanYaml(at), 'apply-annotation-too-large')).toEqual([]);
    expect(brief(scanYaml(over), 'apply-annotation-too-large')).toEqual([{ ruleId: 'apply-annotation-too-large', line: 2, messageId: 'tooLong', severity: 'warning' }]);
  });

  it('leaves an earlier last-applied annotation out of the JSON but not the other annotations', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    ${LAST_APPLIED}: "${'o'.repeat(1000)}"\n    note: "n"\n`;
    const [doc] = loadFile({ path: 'c.yaml', text, bytes: text.length }).documents;
    const json = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","annotations":{"note":"n"}}}';
    expect(lastAppliedBytes(doc)).toBe(LAST_APPLIED.length + json.length + 1 + 'note'.length + 1);
  });

  it('measures the items of a List one by one, on each item\'s first line', () => {
    const item = (n: string, kb: number) => `- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: ${n}}\n  data:\n    a: "${'x'.repeat(kb * 1024)}"\n`;
    const text = `apiVersion: v1\nkind: ConfigMapList\nitems:\n${item('small-1', 200)}${item('small-2', 200)}${item('big', 300)}`;
    expect(brief(scanYaml(text))).toEqual([{ ruleId: 'apply-annotation-too-large', line: 14, messageId: 'tooLong', severity: 'warning' }]);
  });

  it('measures a !!binary scalar as the base64 string Go writes for []byte', () => {
    expect(goJsonBytes({ a: new Uint8Array([1, 2, 3]), b: '<' })).toBe('{"a":"AQID","b":"\\u003c"}'.length);
  });
});
