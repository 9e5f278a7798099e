import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkMarkers, scanYaml } from '../helpers/scan.js';

const RULE = 'env-literal-credential';

/** A Deployment whose one container has the given env entries (flow-style, one a line, from line 13). */
const deployment = (env: string[], list = 'containers') =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: api, namespace: shop}',
    'spec:',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata: {labels: {app: api}}',
    '    spec:',
    `      ${list}:`,
    '      - name: app',
    '        image: registry.example.com/shop/api:1.0.0',
    '        env:',
    ...env.map((e) => `        - ${e}`),
    '',
  ].join('\n');

const ghToken = 'gh' + 'p_' + 'Z'.repeat(18) + 'q7'.repeat(9);

describe(RULE, () => {
  it.each([
    ['a password literal', '{name: DB_PASSWORD, value: "fake-Hq2-lichen-Pb70"}'],
    ['a provider token under a neutral name', `{name: NOTES, value: "${ghToken}"}`],
    ['a UUID under an *_API_KEY name', '{name: PAGER_API_KEY, value: "5d2c8e4a-91f3-4b7e-a6d0-3c8b1f9e2a47"}'],
    ['a URL with an inline password under a neutral name', '{name: GIT_URL, value: "https://bot:fake-Hn6-teal@git.example.com/x.git"}'],
    ['a *_FILE name holding the password itself', '{name: DB_PASSWORD_FILE, value: "fake-Hq2-lichen-Pb70"}'],
    ['a camelCase name', '{name: adminToken, value: "fake-Ak7-gravel-Ru53"}'],
    ['a credential word fused to a prefix (PGPASSWORD)', '{name: PGPASSWORD, value: "fake-Fv2-lumen-Qa61"}'],
    ['a qualified credential name', '{name: SECRET_KEY_BASE, value: "fake-Kq8-sandpiper-Zu41"}'],
  ])('fires on %s', (_name, entry) => {
    expect(brief(scanYaml(deployment([entry])), RULE)).toEqual([{ ruleId: RULE, line: 13, messageId: 'literal', severity: 'error' }]);
  });

  it.each(['initContainers', 'ephemeralContainers'])('looks in %s too', (list) => {
    expect(brief(scanYaml(deployment(['{name: TOKEN, value: "fake-Wd6-marsh-Fy21"}'], list)), RULE)).toHaveLength(1);
  });

  it('reports a well-known default as a warning', () => {
    expect(brief(scanYaml(deployment(['{name: GF_SECURITY_ADMIN_PASSWORD, value: admin}'])), RULE)).toEqual([
      { ruleId: RULE, line: 13, messageId: 'weak', severity: 'warning' },
    ]);
  });

  it.each([
    ['MinIO\'s default access key', '{name: MINIO_ACCESS_KEY, value: "minio"}'],
    ['a password that is a default', '{name: MYSQL_DB_PASSWORD, value: password}'],
  ])('reports %s as a warning (corpus: kubernetes/examples minio, istio bookinfo)', (_name, entry) => {
    expect(brief(scanYaml(deployment([entry])), RULE)).toEqual([{ ruleId: RULE, line: 13, messageId: 'weak', severity: 'warning' }]);
  });

  it('reports a URL whose password is a well-known default as a warning', () => {
    expect(brief(scanYaml(deployment(['{name: BROKER_URL, value: "amqp://guest:guest@rabbitmq:5672/"}'])), RULE)).toEqual([
      { ruleId: RULE, line: 13, messageId: 'weak', severity: 'warning' },
    ]);
  });

  it.each([
    ['valueFrom', '{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}'],
    ['a $(VAR) reference', '{name: DB_PASSWORD, value: "$(PGPASSWORD)"}'],
    ['a URL whose password is a $(VAR) reference', '{name: DATABASE_DSN, value: "postgresql://u:$(PGPASSWORD)@pg:5432/db"}'],
    ['a URL with only a user', '{name: SMTP_URL, value: "smtp://notifier@mail.example.com:587"}'],
    ['a URL without userinfo under a credential-named key', '{name: JWT_TOKEN_URL, value: "https://auth.example.com/token"}'],
    ['a *_FILE path', '{name: POSTGRES_PASSWORD_FILE, value: /run/secrets/postgres/password}'],
    ['a *_PATH path', '{name: JWT_SECRET_KEY_PATH, value: /etc/jwt/signing.key}'],
    ['a *_DIR path', '{name: CREDENTIALS_DIR, value: /var/run/creds}'],
    ['a credentials file path', '{name: GOOGLE_APPLICATION_CREDENTIALS, value: /var/secrets/google/key.json}'],
    ['an id', '{name: PAGER_API_KEY_ID, value: "0e4f6a2b-7c1d-4e8f-9a3b-5c6d7e8f9a0b"}'],
    ['angle brackets', '{name: CLIENT_SECRET, value: "<Client Secret>"}'],
    ['an ALL-CAPS word of the key', '{name: OAUTH2_PROXY_COOKIE_SECRET, value: SECRET}'],
    ['the key repeated', '{name: HF_TOKEN, value: HF_TOKEN}'],
    ['a prefix and a stand-in', '{name: NGC_API_KEY, value: "nvapi-NVKEY"}'],
    ['your-style fill-ins', '{name: MYSQL_ROOT_PASSWORD, value: yourpassword}'],
    ['dunder markers', '{name: INGRESS_SECRET, value: __INGRESS_SECRET__}'],
    ['a fill-in word', '{name: DB_PASSWORD, value: changeme}'],
    ['empty', '{name: DB_PASSWORD, value: ""}'],
    ['no value at all', '{name: DB_PASSWORD}'],
    ['a non-credential name', '{name: LOG_LEVEL, value: debug}'],
    ['a boolean-ish setting', '{name: SERVER_TOKENS, value: "off"}'],
    // False positives found on the corpus (GoogleCloudPlatform samples, istio grafana, knative, microservices-demo):
    ['a setting about a secret: its version', '{name: SECRET_VERSION, value: latest}'],
    ['a setting about auth: a role', '{name: GF_AUTH_ANONYMOUS_ORG_ROLE, value: Admin}'],
    ['an image name that contains AUTH', '{name: AUTH_PROXY_IMAGE, value: "gcr.io/knative-releases/auth_proxy@sha256:89b9ce49a216b08b443340aaaba2ea745d994a9609ce5dc4bef3e71b3a87b4ce"}'],
    ['an ALL-CAPS stand-in built from the key', '{name: GOOGLE_API_KEY, value: GOOGLE_API_KEY_VAL}'],
    ['a private key header around a stand-in', '{name: TLS_KEY, value: "-----BEGIN PRIVATE KEY-----\\n<your-key>\\n-----END PRIVATE KEY-----"}'],
    ['a hash of a password', '{name: ADMIN_PASSWORD_HASH, value: "fake-Hd2-lapwing-Ro77"}'],
  ])('stays quiet on %s', (_name, entry) => {
    expect(brief(scanYaml(deployment([entry])), RULE)).toEqual([]);
  });

  it('ignores kinds without a pod template', () => {
    const crd = 'apiVersion: example.com/v1\nkind: Worker\nmetadata: {name: w}\nspec:\n  containers:\n  - name: a\n    env:\n    - {name: DB_PASSWORD, value: "fake-Hq2-lichen-Pb70"}\n';
    expect(brief(scanYaml(crd), RULE)).toEqual([]);
  });

  it('never puts the value in the finding', () => {
    const canary = 'fake-Canary-Env-Xy93-kittiwake';
    const result = scanYaml(deployment([`{name: DB_PASSWORD, value: "${canary}"}`, `{name: URL, value: "https://u:${canary}@h.example.com/"}`]));
    expect(brief(result, RULE)).toHaveLength(2);
    expect(JSON.stringify(result)).not.toContain(canary);
  });

  const cases = path.resolve('..', 'shared', 'cases', 'env');
  describe.runIf(existsSync(cases))('shared cases', () => {
    it('meets every env-literal-credential marker', () => {
      const unmet = checkMarkers(cases).filter((p) => !/secret-env-exposure|suppression-invalid/.test(p));
      expect(unmet).toEqual([]);
    });
  });
});
