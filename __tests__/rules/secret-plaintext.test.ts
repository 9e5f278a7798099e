import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { b64, fakeGithubToken, fakePrivateKey } from '../helpers/fakes.js';
import { brief, checkMarkers, scanYaml } from '../helpers/scan.js';

const secret = (body: string, type = 'Opaque') => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-cred\n  namespace: ml\ntype: ${type}\n${body}`;
const fires = (text: string) => brief(scanYaml(text), 'secret-plaintext');
const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

describe('secret-plaintext', () => {
  it.each([
    ['a password in stringData', 'stringData:\n  AWS_SECRET_ACCESS_KEY: fake-Kq8-sandpiper-Zu41\n', 8, 'stringData'],
    ['a password in data, base64-decoded', `data:\n  password: ${b64('fake-Hd2-lapwing-Ro77')}\n`, 8, 'data'],
    ['a credential format under a neutral key', `stringData:\n  notes: ${fakeGithubToken()}\n`, 8, 'stringData'],
    ['a data value that does not decode, judged as written', 'data:\n  password_only: supersecret-Kw2-raw\n', 8, 'data'],
    ['a glued credential word (rootpasswd)', `data:\n  rootpasswd: ${b64('Pm3-gannet-Xo90')}\n`, 8, 'data'],
    ['a password under `auth` (a weak credential name, but this is a Secret)', 'stringData:\n  auth: Wb2-ledge-Kt72\n', 8, 'stringData'],
    ['a bare `key` holding key material', `stringData:\n  key: ${b64('AQBzKq9VoF5mExAA5kCQs7bBj8VULRw26C84HA==')}\n`, 8, 'stringData'],
    ['an Azure storage key under its key name', `data:\n  azurestorageaccountkey: ${b64('x'.slice(0, 0) + 'Q29ycmVjdEhvcnNlQmF0dGVyeVN0YXBsZTEyMzQ1Njc4OTBhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk=')}\n`, 8, 'data'],
  ])('fires on %s', (_name, body, line, messageId) => {
    expect(fires(secret(body))).toEqual([{ ruleId: 'secret-plaintext', line, messageId, severity: 'error' }]);
  });

  it('keeps a username quiet even when its key mentions auth (corpus: iscsi chap-secret)', () => {
    expect(fires(secret(`data:\n  discovery.sendtargets.auth.username_in: ${b64('musr')}\n  node.session.auth.username: ${b64('username')}\n`))).toEqual([]);
  });

  it('reports a well-known default as a warning', () => {
    expect(fires(secret('stringData:\n  password: admin\n'))).toEqual([{ ruleId: 'secret-plaintext', line: 8, messageId: 'weak', severity: 'warning' }]);
  });

  it('judges a data value typed as plain text that happens to be valid base64 as written (corpus: root_password: password)', () => {
    expect(fires(secret('data:\n  root_password: password\n'))).toEqual([{ ruleId: 'secret-plaintext', line: 8, messageId: 'weak', severity: 'warning' }]);
  });

  describe('typed Secrets', () => {
    it('fires on tls.key and stays quiet on tls.crt and ca.crt', () => {
      const body = `stringData:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIU\n    -----END CERTIFICATE-----\n  tls.key: |\n${indent(fakePrivateKey(), 4)}data:\n  tls.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')}\n`;
      expect(fires(secret(body, 'kubernetes.io/tls'))).toEqual([{ ruleId: 'secret-plaintext', line: 12, messageId: 'stringData', severity: 'error' }]);
    });

    it('fires on a dockerconfigjson auth, per registry, and stays quiet on credential helpers', () => {
      const cfg = JSON.stringify({ auths: { 'a.example.com': { auth: b64('bot:Wq4-finch-Rd28') }, 'b.example.com': { auth: '${B_AUTH}' } } });
      expect(fires(secret(`data:\n  .dockerconfigjson: ${b64(cfg)}\n`, 'kubernetes.io/dockerconfigjson'))).toEqual([
        { ruleId: 'secret-plaintext', line: 8, messageId: 'embedded', severity: 'error' },
      ]);
      const helpers = JSON.stringify({ credHelpers: { '123456789012.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' } });
      expect(fires(secret(`stringData:\n  .dockerconfigjson: '${helpers}'\n`, 'kubernetes.io/dockerconfigjson'))).toEqual([]);
    });

    it('fires on a dockercfg password and on the service-account key it holds', () => {
      const cfg = JSON.stringify({ 'https://gcr.io': { username: '_json_key', password: 'Tg5-puffin-Aw17', email: 'a@b.c' } });
      expect(fires(secret(`data:\n  .dockercfg: ${b64(cfg)}\n`, 'kubernetes.io/dockercfg'))).toEqual([{ ruleId: 'secret-plaintext', line: 8, messageId: 'embedded', severity: 'error' }]);
    });

    it('fires on a bootstrap token secret and stays quiet on its id, groups and usages', () => {
      const body = `stringData:\n  token-id: 5emitj\n  token-secret: kq4gihvszzgn1p0r\n  auth-extra-groups: system:bootstrappers:kubeadm:default-node-token\n  usage-bootstrap-signing: "true"\n`;
      expect(fires(secret(body, 'bootstrap.kubernetes.io/token'))).toEqual([{ ruleId: 'secret-plaintext', line: 9, messageId: 'stringData', severity: 'error' }]);
    });

    it('fires on a service-account token and stays quiet on its namespace', () => {
      const jwt = 'ey' + 'JhbGciOiJSUzI1NiJ9.ey' + 'JzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDpib3QifQ.c2lnbmF0dXJlLW5vdC1yZWFsLWF0LWFsbA';
      const body = `data:\n  namespace: ${b64('default')}\n  token: ${b64(jwt)}\n`;
      expect(fires(secret(body, 'kubernetes.io/service-account-token'))).toEqual([{ ruleId: 'secret-plaintext', line: 9, messageId: 'data', severity: 'error' }]);
    });

    it('fires on basic-auth and ssh-auth secrets, never on the user name or known_hosts', () => {
      expect(fires(secret('stringData:\n  username: admin\n  password: t0p-Secret-Lw3\n', 'kubernetes.io/basic-auth'))).toEqual([
        { ruleId: 'secret-plaintext', line: 9, messageId: 'stringData', severity: 'error' },
      ]);
      expect(fires(secret(`data:\n  ssh-privatekey: ${b64('Pouring6%Emoticon%Scuba')}\n  known_hosts: ${b64('github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n')}\n`, 'kubernetes.io/ssh-auth'))).toEqual([
        { ruleId: 'secret-plaintext', line: 8, messageId: 'data', severity: 'error' },
      ]);
    });
  });

  it('lands on the exact line of a credential inside an embedded file', () => {
    const body = 'stringData:\n  application.properties: |\n    server.port=8080\n    spring.datasource.username=app\n    spring.datasource.password=Rc5-willow-Nt92\n    app.jwt.secret=${JWT_SECRET}\n';
    expect(fires(secret(body))).toEqual([{ ruleId: 'secret-plaintext', line: 11, messageId: 'embedded', severity: 'error' }]);
  });

  it.each([
    ['empty values', 'stringData:\n  password: ""\n  token: \n'],
    ['placeholders', 'stringData:\n  password: changeme\n  token: ${API_TOKEN}\n  secret: <your-secret>\n'],
    ['non-secret parts', 'stringData:\n  username: admin\n  host: db.internal\n  port: "5432"\n  region: us-east-1\n'],
    ['SOPS-encrypted data', 'stringData:\n  password: ENC[AES256_GCM,data:abc,iv:x,tag:y,type:str]\nsops:\n  version: 3.8.1\n'],
    ['a bcrypt hash', 'stringData:\n  DEX_USER_PASSWORD: $2y$12$4K/VkmDd1q1Orb3xAt82zu8gk7Ad6ReFR4LCP9UeYE90NLiN9Df72\n'],
    ['a non-string data value', 'data:\n  config: {{config_data}}\n'],
    ['an embedded config without credentials', 'stringData:\n  alertmanager.yaml: |-\n    "global":\n      "resolve_timeout": "5m"\n    "receivers":\n    - "name": "Default"\n'],
  ])('stays quiet on %s', (_name, body) => {
    expect(fires(secret(body))).toEqual([]);
  });

  it('still judges a Secret with a duplicate key, beside the parse error (corpus: quobyte-admin-secret)', () => {
    const text = secret(`data:\n  password: ${b64('Qb5-dipper-Ns62')}\n  user: ${b64('admin')}\ntype: Opaque\n`);
    expect(brief(scanYaml(text)).filter((f) => f.ruleId !== 'secret-data-encoding')).toEqual([
      { ruleId: 'secret-plaintext', line: 8, messageId: 'data', severity: 'error' },
      { ruleId: 'manifest-parse-error', line: 10, messageId: 'parse', severity: 'error' },
    ]);
  });

  it('ignores kinds that are not the core Secret', () => {
    const sealed = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: x}\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n';
    const notCore = 'apiVersion: example.com/v1\nkind: Secret\nmetadata: {name: x}\nstringData:\n  password: Rq7-kestrel-Mo31\n';
    expect(fires(sealed)).toEqual([]);
    expect(fires(notCore)).toEqual([]);
  });

  it('never puts the value in the finding', () => {
    const value = 'fake-Canary-Xy93-kittiwake';
    const result = scanYaml(secret(`stringData:\n  password: ${value}\ndata:\n  token: ${b64(value)}\n`));
    expect(result.findings.filter((f) => f.ruleId === 'secret-plaintext')).toHaveLength(2);
    expect(JSON.stringify(result)).not.toContain(value);
    expect(JSON.stringify(result)).not.toContain(b64(value));
  });

  for (const folder of ['secrets', 'seed']) {
    const dir = path.resolve('..', 'shared', 'cases', folder);
    describe.runIf(existsSync(dir))(`shared cases/${folder}`, () => {
      it('meets every secret-plaintext and secret-data-encoding marker', () => {
        expect(checkMarkers(dir).filter((p) => /secret-plaintext|secret-data-encoding|configmap-secret/.test(p))).toEqual([]);
      });
    });
  }
});
