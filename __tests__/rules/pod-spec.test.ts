import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/manifests/index.js';
import { containersOf, podSpecOf } from '../../src/rules/pod-spec.js';

describe('pod-spec', () => {
  it('finds containers of every list in a CronJob, with paths that locate', () => {
    const text = [
      'apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: c}', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:',
      '          initContainers:', '          - name: init', '            image: a', '          containers:', '          - name: main', '            image: b', '',
    ].join('\n');
    const [doc] = loadFile({ path: 'c.yaml', text, bytes: text.length }).documents;
    const pod = podSpecOf(doc)!;
    const cs = containersOf(pod);
    expect(cs.map((c) => [c.list, c.name, doc.locate(c.path).startLine])).toEqual([
      ['containers', 'main', 13],
      ['initContainers', 'init', 10],
    ]);
    expect(pod.templateMetadataPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'metadata']);
  });

  it('returns nothing for kinds without pods', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n';
    const [doc] = loadFile({ path: 'c.yaml', text, bytes: text.length }).documents;
    expect(podSpecOf(doc)).toBeUndefined();
  });
});
