import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

// Assembled at run time so that no scanner mistakes this repository for a leak.
const TOKEN = 'gh' + 'p_' + 'Cnry7Q' + 'k2Wx9pLm4Zt8Vb3Nc6Hd1Jf5Rg0'.slice(0, 30);
const PASSWORD = 'Cnry-' + '7Hq2-Xw9p-Lm4k';
const CANARIES = [TOKEN, PASSWORD];
/** Fragments that would betray a canary even if cut or encoded. */
const FRAGMENTS = [...CANARIES, ...CANARIES.map((c) => c.slice(6, 16)), ...CANARIES.map((c) => Buffer.from(c).toString('base64').slice(0, 16))];

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A repository with the canaries in every place a rule reads, and in broken and template files. */
const FILES: Record<string, string> = {
  'secret.yaml': [
    'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', '  annotations:', `    note: ${TOKEN}`, 'type: Opaque',
    'stringData:', `  password: ${PASSWORD}`, `  token: ${TOKEN}`, `  config.yaml: |`, `    db:`, `      password: ${PASSWORD}`,
    'data:', `  api-key: ${b64(TOKEN)}`, `  db-password: ${b64(PASSWORD + '\n')}`, `  bad: ${PASSWORD}!`, `# ${TOKEN}`, '',
  ].join('\n'),
  'docker.yaml': [
    'apiVersion: v1', 'kind: Secret', 'metadata: {name: d}', 'type: kubernetes.io/dockerconfigjson', 'data:',
    `  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'r.example.com': { auth: b64('u:' + PASSWORD), password: PASSWORD } } }))}`, '',
  ].join('\n'),
  'configmap.yaml': [
    'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  annotations:',
    `    kubectl.kubernetes.io/last-applied-configuration: '${JSON.stringify({ data: { GITHUB_TOKEN: TOKEN } })}'`,
    'data:', `  GITHUB_TOKEN: ${TOKEN}`, `  DB_PASSWORD: ${PASSWORD}`, `  app.properties: |`, `    spring.datasource.password=${PASSWORD}`,
    `  DATABASE_URL: postgres://app:${PASSWORD}@db:5432/app`, 'binaryData:', `  key.pem: ${b64('-----BEGIN RSA PRIVATE KEY-----\n' + TOKEN + '\n-----END RSA PRIVATE KEY-----\n')}`, '',
  ].join('\n'),
  'deploy.yaml': [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: w}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: c',
    `        command: ["sh", "-c", "curl -H 'Authorization: token ${TOKEN}' https://api.example.com"]`, `        args: ["--password=${PASSWORD}"]`,
    '        env:', `        - {name: DB_PASSWORD, value: ${PASSWORD}}`, `        - {name: GH_TOKEN, value: ${TOKEN}}`, '',
  ].join('\n'),
  'crd.yaml': ['apiVersion: example.com/v1', 'kind: Widget', 'metadata: {name: x}', 'spec:', `  apiToken: ${TOKEN}`, `  password: ${PASSWORD}`, ''].join('\n'),
  'kustomization.yaml': ['secretGenerator:', '- name: g', '  literals:', `  - password=${PASSWORD}`, `  - token=${TOKEN}`, '  envs: [secret.env]', ''].join('\n'),
  'secret.env': `PASSWORD=${PASSWORD}\nTOKEN=${TOKEN}\n`,
  'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
  'chart/values.yaml': ['auth:', `  password: ${PASSWORD}`, `  githubToken: ${TOKEN}`, ''].join('\n'),
  'chart/templates/secret.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.p | default "${PASSWORD}" }}\n`,
  'broken.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  password: "${PASSWORD}\n  token: [${TOKEN}\n`,
  'duplicate.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  ${TOKEN}: a\n  ${TOKEN}: b\n`,
  'template.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  {{ .key }}: ${PASSWORD}\n  token: {{ ${TOKEN} \n`,
  'binary.yaml': `password: ${PASSWORD}\u0000${TOKEN}`,
  // Parser errors whose message would quote the source.
  'not-a-token.yaml': `a: |\r  ${TOKEN}\r`,
  'block-header.yaml': `a: |x${TOKEN}\n  b\n`,
  'escape.yaml': `a: "\\q${TOKEN}"\n`,
  'tag.yaml': `a: !<${TOKEN}> b\nc: !${TOKEN}! d\n`,
  'alias.yaml': `a: *${TOKEN}\n`,
  'directive.yaml': `%${TOKEN} x\n%YAML ${PASSWORD}\n---\na: 1\n`,
  'plain.yaml': `a: b\n- ${TOKEN}\n`,
};

const tmp = mkdtempSync(path.join(tmpdir(), 'mg-canary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function leaks(text: string): string[] {
  return FRAGMENTS.filter((f) => text.includes(f));
}

describe('canary: a planted credential appears in no output of the CLI', () => {
  for (const name of Object.keys(FILES)) mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(tmp, name), text);

  for (const format of ['text', 'json']) {
    it(`--format ${format}: stdout, stderr and the --output file`, () => {
      const outputs: string[] = [];
      for (const extra of [[], ['--output', `report.${format}`]]) {
        let stdout = '';
        let stderr = '';
        const status = runCli(['scan', '--format', format, ...extra], { cwd: tmp, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
        expect(status).toBe(1);
        outputs.push(stdout, stderr);
        if (extra.length) outputs.push(readFileSync(path.join(tmp, `report.${format}`), 'utf8'));
      }
      const all = outputs.join('\n');
      // The run reported something about the planted files, so the canaries were read, not skipped.
      expect(all).toMatch(/secret\.yaml/);
      expect(all).toMatch(/broken\.yaml/);
      expect(leaks(all)).toEqual([]);
    });
  }

  it('the fragments would be caught if they leaked', () => {
    expect(leaks(`evidence: ${TOKEN.slice(3, 20)}`).length).toBeGreaterThan(0);
    expect(leaks(`x ${b64(PASSWORD)}`).length).toBeGreaterThan(0);
  });
});
