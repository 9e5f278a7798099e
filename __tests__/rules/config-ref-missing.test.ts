import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import type { RuleSettings } from '../../src/engine/settings.js';
import { RULES } from '../../src/rules/index.js';
import { brief, checkMarkers } from '../helpers/scan.js';

const rule = 'config-ref-missing';
const full = (files: Record<string, string>, settings: RuleSettings = {}, wholeRepository = true) =>
  brief(scan({ files: Object.keys(files), repo: memoryRepo(files), rules: RULES, settings, wholeRepository }), rule);

const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    spec:
      containers:
      - name: api
        image: api:1
        envFrom:
        - secretRef: {name: api-credentials}
        - configMapRef: {name: api-optional, optional: true}
        env:
        - {name: L, valueFrom: {configMapKeyRef: {name: api-settings, key: l}}}
      volumes:
      - name: tls
        secret: {secretName: api-tls}
      - name: ca
        configMap: {name: kube-root-ca.crt}
`;

describe('config-ref-missing', () => {
  it('reports each reference defined nowhere, on its entry, in a full scan', () => {
    expect(full({ 'deploy.yaml': deploy })).toEqual([
      { ruleId: rule, line: 11, messageId: 'missing', severity: 'notice' },
      { ruleId: rule, line: 14, messageId: 'missing', severity: 'notice' },
      { ruleId: rule, line: 17, messageId: 'missing', severity: 'notice' },
    ]);
  });

  it('is off in a changed-files scan, unless the rule option says the repository is there', () => {
    expect(full({ 'deploy.yaml': deploy }, {}, false)).toEqual([]);
    expect(full({ 'deploy.yaml': deploy }, { [rule]: { options: { wholeRepository: true } } }, false)).toHaveLength(3);
  });

  it('finds definitions in other files, generators, SealedSecrets, ExternalSecrets and Certificates', () => {
    const files = {
      'deploy.yaml': deploy,
      'config/settings.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: api-settings, namespace: shop}\ndata: {l: info}\n',
      'secrets/sealed.yaml': 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: api-credentials, namespace: shop}\nspec: {encryptedData: {a: AgB}}\n',
      'certs/cert.yaml': 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: api, namespace: shop}\nspec: {secretName: api-tls}\n',
    };
    expect(full(files)).toEqual([]);
    const viaGenerator = { 'deploy.yaml': deploy, 'kustomization.yaml': 'secretGenerator:\n- name: api-credentials\n- name: api-tls\nconfigMapGenerator:\n- name: api-settings\n' };
    expect(full(viaGenerator)).toEqual([]);
    const external = {
      'deploy.yaml': deploy,
      'ext.yaml': 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: {name: x, namespace: shop}\nspec: {target: {name: api-credentials}}\n',
    };
    expect(full(external).map((f) => f.line)).toEqual([14, 17]);
  });

  it('does not count an object of another namespace', () => {
    const files = { 'deploy.yaml': deploy, 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: api-settings, namespace: other}\n' };
    expect(full(files).map((f) => f.line)).toEqual([11, 14, 17]);
  });

  const dir = path.resolve('..', 'shared', 'cases', 'workload');
  describe.runIf(existsSync(dir))('shared workload cases', () => {
    it('meets the config-ref-missing markers', () => {
      expect(checkMarkers(dir).filter((p) => p.includes(rule))).toEqual([]);
    });
  });
});
