import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const rule = 'secret-env-exposure';
const deploy = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
      - name: app
        image: app:1
${container}`;

describe('secret-env-exposure', () => {
  it('fires on each secretKeyRef env entry and each envFrom secretRef, on the entry', () => {
    const text = deploy(`        env:
        - name: DB_PASSWORD
          valueFrom: {secretKeyRef: {name: db, key: password}}
        - {name: LOG_LEVEL, valueFrom: {configMapKeyRef: {name: settings, key: level}}}
        - {name: MODE, value: fast}
        envFrom:
        - configMapRef: {name: settings}
        - secretRef: {name: api-keys}
`);
    expect(brief(scanYaml(text), rule)).toEqual([
      { ruleId: rule, line: 11, messageId: 'env', severity: 'notice' },
      { ruleId: rule, line: 17, messageId: 'envFrom', severity: 'notice' },
    ]);
  });

  it('covers init containers and CronJobs', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata: {name: job}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: init
            envFrom: [{secretRef: {name: creds}}]
`;
    expect(brief(scanYaml(text), rule)).toEqual([{ ruleId: rule, line: 11, messageId: 'envFrom', severity: 'notice' }]);
  });

  it.each([
    ['a secret volume', '        volumeMounts: [{name: s, mountPath: /s}]\n'],
    ['ConfigMap env', '        envFrom: [{configMapRef: {name: c}}]\n'],
    ['literal env', '        env: [{name: A, value: b}]\n'],
    ['fieldRef env', '        env: [{name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}]\n'],
  ])('stays quiet on %s', (_n, c) => {
    expect(brief(scanYaml(deploy(c)), rule)).toEqual([]);
  });
});
