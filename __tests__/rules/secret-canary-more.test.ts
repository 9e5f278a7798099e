import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

// One fake password and one fake token, planted in every place env-literal-credential,
// credential-in-manifest and kustomize-secret-literal look; neither may appear in any output.
const CANARY = 'fake-Canary-Xy93-kittiwake-7Q';
const TOKEN = 'gh' + 'p_' + 'CanaryToken' + 'k7'.repeat(13);
const URL = `postgresql://app:${CANARY}@pg.example.svc:5432/app`;

const files: Record<string, string> = {
  'workload.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
    example.com/db: "${URL}"
    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"Deployment","metadata":{"annotations":{"t":"${TOKEN}"}}}'
spec:
  template:
    spec:
      initContainers:
      - name: init
        env:
        - {name: DB_PASSWORD_FILE, value: "${CANARY}"}
      containers:
      - name: app
        args: ["--dsn=${URL}"]
        command:
        - sh
        - -c
        - |
          curl -H "Authorization: token ${TOKEN}" https://api.example.com/  # ${CANARY}
        env:
        - {name: DB_PASSWORD, value: "${CANARY}"}
        - {name: GIT_URL, value: "${URL}"}
        - {name: NOTES, value: "${TOKEN}"}
      ephemeralContainers:
      - name: debug
        env:
        - {name: ADMIN_TOKEN, value: "${CANARY}"}
# ${URL}
`,
  'custom.yaml': `apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
spec:
  password: ${CANARY}
  params:
  - {name: repo-token, value: "${CANARY}"}
  url: "${URL}"
`,
  'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
  'chart/values.yaml': `adminPassword: ${CANARY}\ntoken: ${TOKEN}\n# ${URL}\n`,
  'kz/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
secretGenerator:
- name: s
  literals:
  - DB_PASSWORD=${CANARY}
  - NOTES=${TOKEN}
  envs:
  - app.env
  files:
  - db-password.txt
  - app.properties
configMapGenerator:
- name: c
  literals:
  - REDIS_PASSWORD=${CANARY}
`,
  'kz/app.env': `API_TOKEN=${CANARY}\nDSN=${URL}\n`,
  'kz/db-password.txt': `${CANARY}\n`,
  'kz/app.properties': `spring.datasource.password=${CANARY}\n`,
};

describe('canary: secrets never leave through the env, manifest and kustomize rules', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mg-canary-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(['json', 'text'])('keeps both canaries out of stdout and stderr (%s)', (format) => {
    let out = '';
    let err = '';
    const code = runCli(['scan', '.', '--format', format], { cwd: root, stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false });
    expect(code).toBe(1);
    for (const secret of [CANARY, TOKEN]) {
      expect(out).not.toContain(secret);
      expect(err).not.toContain(secret);
    }
    if (format === 'json') {
      const counts: Record<string, number> = {};
      for (const f of JSON.parse(out).findings as { ruleId: string }[]) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
      // Every planted place was looked at: 5 env values; 11 other places (workload: 2 annotations, args,
      // a script line, a comment; custom resource: 3; Helm values: 2 and a comment); 5 secretGenerator entries.
      expect(counts['env-literal-credential']).toBe(5);
      expect(counts['credential-in-manifest']).toBe(11);
      expect(counts['kustomize-secret-literal']).toBe(5);
    }
  });
});
