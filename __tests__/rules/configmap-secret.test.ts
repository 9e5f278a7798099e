import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { b64, fakeGithubToken, fakePrivateKey } from '../helpers/fakes.js';
import { brief, checkMarkers, scanFiles, scanYaml } from '../helpers/scan.js';

const configMap = (body: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: shop\n${body}`;
const fires = (body: string) => brief(scanYaml(configMap(body)), 'configmap-secret');

describe('configmap-secret', () => {
  it.each([
    ['a credential-named key', 'data:\n  SMTP_PASSWORD: Wb2-ledge-Kt66\n', 7, 'data'],
    ['a URL with an inline password', 'data:\n  DATABASE_URL: postgresql://app:Vw3-quill-Hs71@pg:5432/app\n', 7, 'data'],
    ['a provider token under a neutral key', `data:\n  notes: ${fakeGithubToken(21)}\n`, 7, 'data'],
    ['a decoded private key in binaryData', `binaryData:\n  signing.p8: ${b64(fakePrivateKey(8, ''))}\n`, 7, 'binaryData'],
  ])('fires on %s', (_name, body, line, messageId) => {
    expect(fires(body)).toEqual([{ ruleId: 'configmap-secret', line, messageId, severity: 'error' }]);
  });

  it('lands on the line inside an embedded .env, properties or YAML file', () => {
    const body =
      'data:\n  .env: |\n    NODE_ENV=production\n    SESSION_SECRET=Gk7-ripple-Vd35-mauve-22\n  config.yml: |\n    mqtt:\n      host: broker\n      password: Hy4-linnet-Rc80\n';
    expect(fires(body)).toEqual([
      { ruleId: 'configmap-secret', line: 9, messageId: 'embedded', severity: 'error' },
      { ruleId: 'configmap-secret', line: 13, messageId: 'embedded', severity: 'error' },
    ]);
  });

  it('lands on a shell assignment to a credential-named variable inside a script', () => {
    const body = 'data:\n  entrypoint.sh: |\n    #!/bin/sh\n    set -e\n    export DB_PASSWORD=Qz7-wren-Lk40\n    PGPASSWORD=$POSTGRES_PASSWORD psql -h pg\n    TOKEN="$(cat /run/secrets/token)"\n    exec app\n';
    expect(fires(body)).toEqual([{ ruleId: 'configmap-secret', line: 10, messageId: 'embedded', severity: 'error' }]);
  });

  it('reports a well-known default as a warning', () => {
    expect(fires('data:\n  FLYWAY_PASSWORD: password\n')).toEqual([{ ruleId: 'configmap-secret', line: 7, messageId: 'weak', severity: 'warning' }]);
  });

  it.each([
    ['switches named like tokens', 'data:\n  server-tokens: "off"\n  ssl-session-tickets: "false"\n'],
    ['ids, URLs and names', 'data:\n  PROJECT_KEY: web\n  SECRET_KEY_ID: 7c9e6679-7425-40de-944b-e07fc1f90ae7\n  JWT_TOKEN_URL: https://auth.example.com/token\n  secret_name: api-keys\n'],
    ['placeholders', 'data:\n  DB_PASSWORD: ${DB_PASSWORD}\n  API_TOKEN: <api-token>\n  SIGNING_KEY: xxxxxxxxxxxxxxxx\n'],
    ['a base64 banner', 'data:\n  STATUS_BANNER_B64: bGVkZ2VyIG1haW50ZW5hbmNlIHdpbmRvdzogU3VuZGF5cyAwMjowMC0wMzowMCBVVEM=\n'],
    ['numbers inside an embedded file', 'data:\n  hparams.yaml: |\n    learning_rate: 0.001\n    batch_size: 64\n'],
    // corpus false positives, fixed: nsswitch.conf lookup orders, frigate's {VAR} substitution, kiali's padded CHANGEME
    ['an nsswitch.conf', 'data:\n  nsswitch.conf: |\n    passwd:         compat\n    shadow:         compat\n    hosts:          files dns\n'],
    ['a frigate substitution', "data:\n  config.yml: |\n    mqtt:\n      password: '{FRIGATE_MQTT_PASSWORD}'\n"],
    ['a padded CHANGEME', 'data:\n  config.yaml: |\n    login_token:\n      signing_key: CHANGEME00000000\n'],
    // corpus false positive, fixed: Python code passing `token=os.environ[...]` inside a Ray Serve ConfigMap
    ['code that reads a token from the environment', 'data:\n  serve.py: |\n    import os\n    tok = AutoTokenizer.from_pretrained(\n        model_id,\n        token=os.environ["HUGGING_FACE_HUB_TOKEN"]\n    )\n'],
    ['a Python config reading secrets from the environment', "data:\n  superset_config.py: |\n    SECRET_KEY = os.environ['SUPERSET_SECRET_KEY']\n    SQLALCHEMY_DATABASE_URI = os.getenv('DB_URI')\n    ROW_LIMIT = 5000\n"],
    ['an image in binaryData', 'binaryData:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA\n'],
  ])('stays quiet on %s', (_name, body) => {
    expect(fires(body)).toEqual([]);
  });

  const dir = path.resolve('..', 'shared', 'cases', 'configmap');
  describe.runIf(existsSync(dir))('shared cases/configmap', () => {
    it('meets every configmap-secret marker except those that need suppression comments', () => {
      const unmet = checkMarkers(dir).filter((p) => /configmap-secret/.test(p) && !p.startsWith('suppression-comments.yaml'));
      expect(unmet).toEqual([]);
    });
  });
});

describe('configmap-secret on kustomize configMapGenerator', () => {
  const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n- name: cache-settings\n${body}`;

  it('fires on a literal that holds a password, on its list entry', () => {
    const text = kustomization('  literals:\n  - REDIS_HOST=redis\n  - REDIS_PASSWORD=Vt6-sorrel-Kw33\n  - REDIS_DB=0\n');
    expect(brief(scanFiles({ 'kustomization.yaml': text }), 'configmap-secret')).toEqual([
      { ruleId: 'configmap-secret', line: 7, messageId: 'generatorLiteral', severity: 'error' },
    ]);
  });

  it('fires on a committed env file and a committed file with a credential, on the entry naming them', () => {
    const text = kustomization('  envs:\n  - app.env\n  files:\n  - creds/db.properties\n  - absent.env\n');
    const result = scanFiles({ 'base/kustomization.yaml': text, 'base/app.env': 'PORT=80\nAPI_TOKEN=Lm3-egret-Tp45\n', 'base/creds/db.properties': 'db.password=Jw8-shrike-Ux12\n' });
    expect(brief(result, 'configmap-secret')).toEqual([
      { ruleId: 'configmap-secret', line: 6, messageId: 'generatorFile', severity: 'error' },
      { ruleId: 'configmap-secret', line: 8, messageId: 'generatorFile', severity: 'error' },
    ]);
  });

  it('stays quiet on placeholders and on files that are not in the repository', () => {
    const text = kustomization('  literals:\n  - API_TOKEN=${API_TOKEN}\n  - DB_PASSWORD=changeme\n  envs:\n  - ci-written.env\n');
    expect(brief(scanFiles({ 'kustomization.yaml': text }), 'configmap-secret')).toEqual([]);
  });
});
