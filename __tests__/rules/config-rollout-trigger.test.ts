import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVersionedName } from '../../src/rules/config-sources.js';
import { brief, checkMarkers, scanFiles, scanYaml } from '../helpers/scan.js';

const rule = 'config-rollout-trigger';
const workload = (opts: { kind?: string; own?: string; template?: string; env?: string } = {}) => `apiVersion: apps/v1
kind: ${opts.kind ?? 'Deployment'}
metadata:
  name: api
${opts.own ?? ''}spec:
  template:
    metadata:
${opts.template ?? '      labels: {app: api}\n'}    spec:
      containers:
      - name: api
        image: api:1
${opts.env ?? '        envFrom: [{configMapRef: {name: api-settings}}]\n'}`;

describe('config-rollout-trigger', () => {
  it.each([
    ['a Deployment with envFrom a ConfigMap', workload()],
    ['a StatefulSet with a secretKeyRef', workload({ kind: 'StatefulSet', env: '        env: [{name: T, valueFrom: {secretKeyRef: {name: api-token, key: t}}}]\n' })],
    ['a DaemonSet with a configMapKeyRef', workload({ kind: 'DaemonSet', env: '        env: [{name: L, valueFrom: {configMapKeyRef: {name: logs, key: l}}}]\n' })],
    ['an unrelated annotation', workload({ template: '      annotations: {prometheus.io/scrape: "true"}\n' })],
  ])('fires once on the kind line for %s', (_n, text) => {
    expect(brief(scanYaml(text), rule)).toEqual([{ ruleId: rule, line: 2, messageId: 'noTrigger', severity: 'notice' }]);
  });

  it.each([
    ['a checksum/config annotation', workload({ template: '      annotations: {checksum/config: 5f1d}\n' })],
    ['a config-hash annotation', workload({ template: '      annotations: {example.com/config-hash: 5f1d}\n' })],
    ['a Reloader annotation on the workload', workload({ own: '  annotations: {reloader.stakater.com/auto: "true"}\n' })],
    ['a Reloader search annotation', workload({ own: '  annotations: {configmap.reloader.stakater.com/reload: api-settings}\n' })],
    ['a versioned name', workload({ env: '        envFrom: [{configMapRef: {name: api-settings-v3}}]\n' })],
    ['a kustomize hash suffix', workload({ env: '        envFrom: [{configMapRef: {name: api-settings-5t2m8fgk9h}}]\n' })],
    ['volumes only', workload({ env: '        volumeMounts: [{name: s, mountPath: /s}]\n' })],
    ['a Job', workload({ kind: 'Job' })],
  ])('stays quiet with %s', (_n, text) => {
    expect(brief(scanYaml(text), rule)).toEqual([]);
  });

  it('stays quiet when a kustomize generator in the folder or a parent makes the ConfigMap', () => {
    const kust = 'configMapGenerator:\n- name: api-settings\n  literals: [A=b]\n';
    expect(brief(scanFiles({ 'app/deploy.yaml': workload(), 'app/kustomization.yaml': kust }), rule)).toEqual([]);
    expect(brief(scanFiles({ 'app/base/deploy.yaml': workload(), 'app/kustomization.yaml': kust }), rule)).toEqual([]);
  });

  it('fires when the generator disables the name hash', () => {
    const kust = 'generatorOptions: {disableNameSuffixHash: true}\nconfigMapGenerator:\n- name: api-settings\n  literals: [A=b]\n';
    expect(brief(scanFiles({ 'app/deploy.yaml': workload(), 'app/kustomization.yaml': kust }), rule)).toHaveLength(1);
  });

  it('stays quiet when the ConfigMap is immutable, wherever it is defined', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: api-settings}\nimmutable: true\ndata: {a: b}\n';
    expect(brief(scanFiles({ 'deploy.yaml': workload(), 'config/cm.yaml': cm }), rule)).toEqual([]);
  });

  it.each([
    ['app-config-v3', true],
    ['settings-20240501', true],
    ['app-config-5t2m8fgk9h', true],
    ['app-config-1a2b3c4', true],
    ['app-oauth2', false],
    ['my-config-production', false],
    ['settings', false],
  ])('reads %s as versioned: %s', (name, expected) => {
    expect(isVersionedName(name)).toBe(expected);
  });

  for (const folder of ['workload', 'seed']) {
    const dir = path.resolve('..', 'shared', 'cases', folder);
    describe.runIf(existsSync(dir))(`shared ${folder} cases`, () => {
      it('meets the config-rollout-trigger markers', () => {
        expect(checkMarkers(dir).filter((p) => p.includes(rule))).toEqual([]);
      });
    });
  }
});
