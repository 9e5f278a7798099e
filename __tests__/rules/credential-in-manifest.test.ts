import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkMarkers, scanFiles, scanYaml } from '../helpers/scan.js';

const RULE = 'credential-in-manifest';

// Credential-shaped fakes, assembled at test time so no scanner mistakes this file for a leak.
const ghToken = 'gh' + 'p_' + 'Z'.repeat(18) + 'q7'.repeat(9);
const pemBody = 'ZmFrZS1rZXktbWF0ZXJpYWwtZm9yLW1hbmlmZXN0LWdhdGUtdGVzdHMtb25seQ==';
const pem = `-----BEGIN ${'RSA PRIVATE'} KEY-----\\n${pemBody}\\n-----END RSA PRIVATE KEY-----`;
const url = (pw: string) => `postgresql://backup:${pw}@pg.ledger.svc:5432/ledger`;

const ingress = (annotations: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: console\n  namespace: web\n  annotations:\n${annotations}spec:\n  ingressClassName: nginx\n`;

const cronJob = (args: string) =>
  [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: {name: backup, namespace: ledger}',
    'spec:',
    '  schedule: "15 2 * * *"',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '          - name: dump',
    '            image: postgres:16-alpine',
    `            args: ${args}`,
    '            env:',
    '            - {name: PGPASSWORD, value: "fake-Fv2-lumen-Qa61"}',
    '',
  ].join('\n');

const custom = (spec: string) => `apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: ns}\nspec:\n${spec}`;

describe(RULE, () => {
  it('fires on an annotation holding a URL with an inline password', () => {
    const doc = ingress(`    nginx.ingress.kubernetes.io/auth-url: "https://gate:fake-Uz4-flint@auth.example.com/verify"\n    nginx.ingress.kubernetes.io/auth-signin: "https://auth.example.com/start"\n`);
    expect(brief(scanYaml(doc), RULE)).toEqual([{ ruleId: RULE, line: 7, messageId: 'annotation', severity: 'error' }]);
  });

  it('fires on args holding a connection URL, and leaves env values to env-literal-credential', () => {
    const result = scanYaml(cronJob(`["--dbname=${url('fake-Fv2-lumen-Qa61')}", "--file=/backup/x.sql"]`));
    expect(brief(result, RULE)).toEqual([{ ruleId: RULE, line: 13, messageId: 'value', severity: 'error' }]);
    expect(brief(result, 'env-literal-credential')).toHaveLength(1);
  });

  it('lands on the line inside a block-scalar script', () => {
    const args = `\n            - |\n              set -e\n              curl -H "Authorization: token ${ghToken}" https://api.github.com/\n            - done`;
    expect(brief(scanYaml(cronJob(args)), RULE)).toEqual([{ ruleId: RULE, line: 16, messageId: 'value', severity: 'error' }]);
  });

  it('reports a URL whose password is a well-known default as a warning', () => {
    expect(brief(scanYaml(cronJob(`["--broker=amqp://guest:guest@rabbitmq:5672/"]`)), RULE)).toEqual([
      { ruleId: RULE, line: 13, messageId: 'weak', severity: 'warning' },
    ]);
  });

  it.each([
    ['an inline --flag=value', '["--db-password=fake-Yg3-plover-Cs57", "--port=5432"]'],
    ['a flag and its value as two args', '["--client-secret", "fake-Yg3-plover-Cs57"]'],
  ])('warns on a credential passed as %s', (_name, args) => {
    expect(brief(scanYaml(cronJob(args)), RULE)).toEqual([{ ruleId: RULE, line: 13, messageId: 'flag', severity: 'warning' }]);
  });

  it('reads --flag=value inside a shell script, on its line', () => {
    const args = `\n            - |\n              set -e\n              mysqldump --user=app --password='fake-Tn3-osprey-Ql88' ledger > /b/x.sql`;
    expect(brief(scanYaml(cronJob(args)), RULE)).toEqual([{ ruleId: RULE, line: 16, messageId: 'flag', severity: 'warning' }]);
  });

  it('scans a committed last-applied-configuration for formats only, once per annotation', () => {
    const inner = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', data: { password: 'fake-Xr6-basalt', notes: ghToken, key: pem.replace(/\\n/g, '\n') } });
    const doc = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ${JSON.stringify(inner)}\ndata:\n  mode: fast\n`;
    expect(brief(scanYaml(doc), RULE)).toEqual([{ ruleId: RULE, line: 6, messageId: 'lastApplied', severity: 'error' }]);
  });

  it('fires on a credential in a YAML comment, on the comment line', () => {
    const doc = `# old connection: ${url('fake-Lc9-curlew-Eb14')}\napiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  ports: [{port: 5432}]  # token ${ghToken}\n`;
    expect(brief(scanYaml(doc), RULE)).toEqual([
      { ruleId: RULE, line: 1, messageId: 'comment', severity: 'error' },
      { ruleId: RULE, line: 6, messageId: 'comment', severity: 'error' },
    ]);
  });

  it('treats # inside block scalars and quotes as content, not comments', () => {
    const doc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  annotations:\n    note: "see # ${'gh'}p_notatoken"\nspec:\n  ports: [{port: 5432}]\n`;
    expect(brief(scanYaml(doc), RULE)).toEqual([]);
  });

  it('fires in a custom resource spec: formats are errors, credential-named literals warnings', () => {
    const doc = custom(`  values:\n    externalDatabase:\n      url: ${url('fake-Lc9-curlew-Eb14')}\n      password: fake-Tn3-osprey-Ql88\n      adminPassword: admin\n`);
    expect(brief(scanYaml(doc), RULE)).toEqual([
      { ruleId: RULE, line: 7, messageId: 'value', severity: 'error' },
      { ruleId: RULE, line: 8, messageId: 'named', severity: 'warning' },
      { ruleId: RULE, line: 9, messageId: 'namedWeak', severity: 'warning' },
    ]);
  });

  it('judges {name, value} pairs of a custom resource by the name', () => {
    const doc = custom('  params:\n  - {name: repo-password, value: fake-Wd6-marsh-Fy21}\n  - {name: repo-url, value: "https://git.example.com/x.git"}\n');
    expect(brief(scanYaml(doc), RULE)).toEqual([{ ruleId: RULE, line: 6, messageId: 'named', severity: 'warning' }]);
  });

  it('reads Helm values written as a YAML string in a custom resource, landing on the first key', () => {
    const doc = custom('  source:\n    helm:\n      values: |\n        replicaCount: 2\n        auth:\n          adminPassword: fake-Yg3-plover-Cs57\n          existingSecret: ""\n        redis: {password: fake-Tn3-osprey-Ql88}\n');
    expect(brief(scanYaml(doc), RULE)).toEqual([{ ruleId: RULE, line: 10, messageId: 'embedded', severity: 'warning' }]);
  });

  it('fires in Helm values beside a Chart.yaml', () => {
    const files = {
      'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
      'chart/values.yaml': `s3:\n  bucket: artifacts\n  accessKeyId: ${'AKIA' + 'Q7ZX3MVT2LKPW9RD'}\n  secretAccessKey: fake-L4WXeV4Nw5LX-6UfvV08\nexistingSecret: ""\n`,
    };
    expect(brief(scanFiles(files), RULE)).toEqual([
      { ruleId: RULE, line: 3, messageId: 'value', severity: 'error' },
      { ruleId: RULE, line: 4, messageId: 'named', severity: 'warning' },
    ]);
  });

  it.each([
    ['references in a custom resource', custom('  admin: {existingSecret: grafana-admin, userKey: admin-user, passwordKey: admin-password}\n  smtp: {existingSecretPasswordKey: smtp-password}\n  database: {password: PLACEHOLDER}\n')],
    ['external-secrets key names', custom('  data:\n  - secretKey: password\n    remoteRef: {key: prod/db, property: password}\n  - match: {secretKey: DB_PASSWORD}\n  secretKeys: [user, pass]\n')],
    ['a Strimzi passwordSecret', custom('  authentication:\n    passwordSecret: {secretName: bridge-user, password: password}\n')],
    ['Secret names under *Secret keys', custom('  tower_auth_secret: toweraccess\n  tlsSecret: web-tls\n  http-password-secret: my-secret\n  http-password-secret-key: token\n')],
    ['settings about credentials', custom('  postgresql:\n    parameters: {password_encryption: scram-sha-256}\n  env: {AUTH_METHOD: forms, AUTH_REQUIRED: DisabledForLocalAddresses, SECRET_VERSION: latest}\n  secretProviderClass: vault-db\n')],
    ['status', custom('  replicas: 1\nstatus:\n  internalConnectionString: zk-0.zk:2181/solr\n')],
    ['a placeholder private key in a description', custom('  description: "-----BEGIN PRIVATE KEY-----\\n<private-key>\\n-----END PRIVATE KEY-----"\n')],
    ['flags that take a reference, a path or a mode', cronJob('["--password=$(DB_PASSWORD)", "--token-file=/var/run/secrets/token", "--tls-private-key-file", "/etc/tls/tls.key", "--auth=none", "--secret-name=db", "--secret", "model-registry-token", "--password", "--verbose", "--client-secret=${SECRET}"]')],
    ['URLs whose password is a substitution or fill-in', cronJob('["postgresql://u:$(PGPASSWORD)@pg/db", "https://u:${TOKEN}@h/x", "https://myacct:mypass@localhost:4430"]')],
    ['annotations that name a Secret', ingress('    nginx.ingress.kubernetes.io/auth-type: basic\n    nginx.ingress.kubernetes.io/auth-secret: storefront-basic-auth\n    checksum/config: 4f6a2b7c1d4e8f9a3b5c6d7e8f9a0b4f6a2b7c1d4e8f9a3b5c6d7e8f9a0b1234\n')],
    ['a Secret (secret-plaintext\'s)', `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  url: ${url('fake-Fv2-lumen-Qa61')}\n`],
    ['a ConfigMap (configmap-secret\'s)', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  DATABASE_URL: ${url('fake-Fv2-lumen-Qa61')}\n`],
    ['a SealedSecret', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: s}\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n  template:\n    data:\n      url: ${url('fake-Fv2-lumen-Qa61')}\n`],
    ['ExternalSecret remote keys, which name a secret kept elsewhere', 'apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: e}\nspec:\n  data:\n  - secretKey: full_secret\n    remoteRef:\n      key: e22487a8-feb8-4591-95aa-14b193930cb4\n  - secretKey: login\n    remoteRef: {key: Qx7bN2fL0pW9rT4vZ1cY, property: password}\n'],
    ['a built-in kind\'s credential-named setting', 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa}\nautomountServiceAccountToken: false\nsecrets:\n- name: sa-token\n'],
  ])('stays quiet on %s', (_name, doc) => {
    expect(brief(scanYaml(doc), RULE)).toEqual([]);
  });

  it('reads the raw text of templates, which are not parsed, for credential formats', () => {
    const token = 'gh' + 'p_' + 'Zq4Lw8Rt2Xv6Nb1Mc5Kd9Pf3Hj7Gs0Ya2UeWb';
    const pem = ['-----BEGIN RSA ' + 'PRIVATE KEY-----', 'MIIEowIBAAKCAQEAq1Vb2m7Xc9Lk3Jh5Gf8Ds4Pa6Qw0Er2Ty7Ui9Op1Zx3Cv5Bn', '-----END RSA ' + 'PRIVATE KEY-----'];
    const files = {
      'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'chart/templates/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\nstringData:\n  password: {{ .Values.password }}\n  token: ${token}\n  key.pem: |\n    ${pem.join('\n    ')}\n`,
    };
    const result = scanFiles(files);
    expect(brief(result).filter((f) => f.ruleId !== 'manifest-template-skipped')).toEqual([
      { ruleId: RULE, line: 7, messageId: 'template', severity: 'error' },
      { ruleId: RULE, line: 9, messageId: 'template', severity: 'error' },
    ]);
    expect(brief(result, 'manifest-template-skipped')).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('leaves kustomize generators to their rules, but scans the rest of a kustomization', () => {
    const kz = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n- name: s\n  literals:\n  - url=${url('fake-Fv2-lumen-Qa61')}\nhelmCharts:\n- name: x\n  valuesInline:\n    db: ${url('fake-Lc9-curlew-Eb14')}\n`;
    expect(brief(scanFiles({ 'kustomization.yaml': kz }), RULE)).toEqual([{ ruleId: RULE, line: 10, messageId: 'value', severity: 'error' }]);
  });

  it('never puts a value in the finding', () => {
    const canary = 'fake-Canary-Cim-Xy93-kittiwake';
    const files = {
      'ing.yaml': ingress(`    a: "https://u:${canary}@h.example.com/"\n`) + `# ${url(canary)}\n`,
      'job.yaml': cronJob(`["${url(canary)}"]`),
      'cr.yaml': custom(`  password: ${canary}\n`),
      'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
      'chart/values.yaml': `token: ${canary}\n`,
    };
    const result = scanFiles(files);
    expect(brief(result, RULE)).toHaveLength(5);
    expect(JSON.stringify(result)).not.toContain(canary);
  });

  const secrets = path.resolve('..', 'shared', 'cases', 'secrets');
  describe.runIf(existsSync(secrets))('shared cases', () => {
    it.each(['secrets', 'parsing', 'seed', 'env', 'configmap', 'kustomize'])('raises no unexpected finding and meets every marker of this rule in %s', (folder) => {
      const unmet = checkMarkers(path.resolve('..', 'shared', 'cases', folder));
      expect(unmet.filter((p) => p.includes(RULE) && !p.includes('configmap-secret|kustomize-secret-literal|credential-in-manifest'))).toEqual([]);
    });
  });
});
