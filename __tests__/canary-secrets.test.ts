import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { b64, fakeBody } from './helpers/fakes.js';

// A canary credential planted in every place the secret rules look must appear in no output.
const CANARY = 'Cnry7-' + fakeBody(18, 99);
const CANARY_KEY = `-----BEGIN PRIVATE KEY-----\n${CANARY.replace('-', '')}${fakeBody(40, 98)}\n-----END PRIVATE KEY-----\n`;
const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

const secret = (name: string, type: string, body: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: canary\ntype: ${type}\n${body}---\n`;

const files: Record<string, string> = {
  'secrets.yaml':
    secret('plain', 'Opaque', `stringData:\n  password: ${CANARY}\n`) +
    secret('encoded', 'Opaque', `data:\n  api-token: ${b64(CANARY)}\n  raw-password: ${CANARY}\n  username: ${b64('canary-user\n')}\n`) +
    secret('pull', 'kubernetes.io/dockerconfigjson', `data:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'r.example.com': { auth: b64('bot:' + CANARY), password: CANARY } } }))}\n`) +
    secret('tls', 'kubernetes.io/tls', `stringData:\n  tls.key: |\n${indent(CANARY_KEY, 4)}`) +
    secret('props', 'Opaque', `stringData:\n  application.properties: |\n    db.user=app\n    db.password=${CANARY}\n  settings.json: '{"auth": {"clientSecret": "${CANARY}"}}'\n`),
  'configmaps.yaml':
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: canary}\ndata:\n  DB_PASSWORD: ${CANARY}\n  DATABASE_URL: postgresql://app:${CANARY}@pg:5432/app\n` +
    `  .env: |\n    PORT=80\n    SESSION_SECRET=${CANARY}\nbinaryData:\n  signing.p8: ${b64(CANARY_KEY)}\n`,
};

const dir = mkdtempSync(path.join(tmpdir(), 'mg-canary-'));
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(format: string): { out: string; err: string; status: number } {
  let out = '';
  let err = '';
  const status = runCli(['scan', '.', '--format', format, '--fail-on', 'never'], {
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    isTTY: false,
  });
  return { out, err, status };
}

describe('canary: secret values never leave', () => {
  const forbidden = [CANARY, b64(CANARY), CANARY.slice(0, 12), b64('bot:' + CANARY), CANARY_KEY.split('\n')[1]];

  it('finds the canary in every planted place', () => {
    const report = JSON.parse(run('json').out) as { findings: { ruleId: string; file: string; startLine: number }[] };
    const secretFindings = report.findings.filter((f) => ['secret-plaintext', 'configmap-secret'].includes(f.ruleId));
    // plain, api-token, raw-password, docker auth + password, tls.key, properties, settings.json, 3 ConfigMap entries, binaryData
    expect(secretFindings.length).toBe(12);
  });

  for (const format of ['json', 'text']) {
    it(`keeps it out of ${format} stdout and stderr`, () => {
      const { out, err, status } = run(format);
      expect(status).toBe(0);
      expect(out.length).toBeGreaterThan(100);
      for (const f of forbidden) {
        expect(out).not.toContain(f);
        expect(err).not.toContain(f);
      }
    });
  }
});
