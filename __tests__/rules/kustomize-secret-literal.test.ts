import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/manifests/index.js';
import { memoryRepo } from '../../src/engine/repo.js';
import { generatorCredentials, generatorEntries, resolveRepoPath } from '../../src/rules/kustomize-generators.js';
import { brief, checkMarkers, scanFiles } from '../helpers/scan.js';

const RULE = 'kustomize-secret-literal';
const KZ = 'apps/ledger/kustomization.yaml';
const head = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

/** A kustomization with one generator of the given field and body (the body's first line is line 5). */
const kustomization = (body: string, field = 'secretGenerator') => `${head}${field}:\n- name: ledger\n${body}`;
const scan = (files: Record<string, string>) => brief(scanFiles(files), RULE);

describe(RULE, () => {
  it('fires on a credential literal, on its own list entry', () => {
    const kz = kustomization('  literals:\n  - DB_USER=ledger_app\n  - DB_HOST=pg.ledger.svc\n  - DB_PASSWORD=fake-Sx4-bramble-Cu97\n');
    expect(scan({ [KZ]: kz })).toEqual([{ ruleId: RULE, line: 8, messageId: 'literal', severity: 'error' }]);
  });

  it('strips quotes the way kustomize does', () => {
    const kz = kustomization('  literals:\n  - "API_TOKEN=\'fake-Ak7-gravel-Ru53\'"\n  - SIGNING_KEY=""\n');
    expect(scan({ [KZ]: kz })).toEqual([{ ruleId: RULE, line: 6, messageId: 'literal', severity: 'error' }]);
  });

  it('reports a well-known default literal as a warning', () => {
    expect(scan({ [KZ]: kustomization('  literals:\n  - DB_PASSWORD=admin\n') })).toEqual([
      { ruleId: RULE, line: 6, messageId: 'weak', severity: 'warning' },
    ]);
  });

  it('fires once on an envs entry whose committed file holds credentials', () => {
    const files = {
      [KZ]: kustomization('  envs:\n  - secret_params.env\n'),
      'apps/ledger/secret_params.env': 'OIDC_CLIENT_ID=ledger\nOIDC_CLIENT_SECRET=fake-pUBnBOY80Snx\nAPI_TOKEN=fake-Tn3-osprey-Ql88\n',
    };
    expect(scan(files)).toEqual([{ ruleId: RULE, line: 6, messageId: 'file', severity: 'error' }]);
  });

  it('follows ../ paths and the older singular env field', () => {
    const files = {
      [KZ]: kustomization('  env: ../shared/db.env\n'),
      'apps/shared/db.env': '# written by hand\nexport DB_PASSWORD="fake-Wd6-marsh-Fy21"\n',
    };
    expect(scan(files)).toEqual([{ ruleId: RULE, line: 5, messageId: 'file', severity: 'error' }]);
  });

  it('fires on files entries: a private key file, a credential-named file, a structured file with a secret key', () => {
    const pem = '-----BEGIN OPENSSH PRIVATE KEY-----\nZmFrZS1rZXktbWF0ZXJpYWwtZm9yLW1hbmlmZXN0LWdhdGUtdGVzdHMtb25seQ==\n-----END OPENSSH PRIVATE KEY-----\n';
    const files = {
      [KZ]: kustomization('  files:\n  - identity=keys/id_ed25519\n  - db-password.txt\n  - app.properties\n  - logo.svg\n'),
      'apps/ledger/keys/id_ed25519': pem,
      'apps/ledger/db-password.txt': 'fake-Hq2-lichen-Pb70\n',
      'apps/ledger/app.properties': 'spring.datasource.url=jdbc:postgresql://pg/ledger\nspring.datasource.password=fake-Yg3-plover-Cs57\n',
      'apps/ledger/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n',
    };
    expect(scan(files)).toEqual([
      { ruleId: RULE, line: 6, messageId: 'file', severity: 'error' },
      { ruleId: RULE, line: 7, messageId: 'file', severity: 'error' },
      { ruleId: RULE, line: 8, messageId: 'file', severity: 'error' },
    ]);
  });

  it('reports a committed file holding only well-known defaults as a warning', () => {
    const files = { [KZ]: kustomization('  envs:\n  - postgres.env\n'), 'apps/ledger/postgres.env': 'POSTGRES_USER=postgres\nPOSTGRES_PASSWORD=postgres\n' };
    expect(scan(files)).toEqual([{ ruleId: RULE, line: 6, messageId: 'fileWeak', severity: 'warning' }]);
  });

  it.each([
    ['placeholder literals', { [KZ]: kustomization('  literals:\n  - API_TOKEN=${API_TOKEN}\n  - DB_PASSWORD=changeme\n  - WEBHOOK_SECRET=<set-in-ci>\n  - SIGNING_KEY=\n  - key=value\n') }],
    ['an env file that is not committed', { [KZ]: kustomization('  envs:\n  - payments.secret.env\n') }],
    ['an env file of empty values', { [KZ]: kustomization('  envs:\n  - secrets.env\n'), 'apps/ledger/secrets.env': 'DB_USER=\nDB_PASSWORD=\n' }],
    ['an env file of fill-ins', { [KZ]: kustomization('  envs:\n  - hf.env\n'), 'apps/ledger/hf.env': 'HF_API_KEY=your-huggingface-api-key-here\n' }],
    ['a SOPS-encrypted file', { [KZ]: kustomization('  files:\n  - key=file.txt\n'), 'apps/ledger/file.txt': '{"data": "ENC[AES256_GCM,data:QNbP,iv:x,tag:y,type:str]", "sops": {"version": "3.7.1"}}\n' }],
    ['a key file that is a documentation stand-in', { [KZ]: kustomization('  files:\n  - id_rsa\n'), 'apps/ledger/id_rsa': '-----BEGIN RSA PRIVATE KEY-----\n<paste your key>\n-----END RSA PRIVATE KEY-----\n' }],
    ['a path leaving the repository', { [KZ]: kustomization('  envs:\n  - ../../../outside.env\n') }],
    ['configMapGenerator (configmap-secret\'s)', { [KZ]: kustomization('  literals:\n  - REDIS_PASSWORD=fake-Vt6-sorrel-Kw33\n', 'configMapGenerator') }],
  ])('stays quiet on %s', (_name, files) => {
    expect(scan(files as Record<string, string>)).toEqual([]);
  });

  it('never puts a value in the finding', () => {
    const canary = 'fake-Canary-Kz-Xy93-kittiwake';
    const result = scanFiles({
      [KZ]: kustomization(`  literals:\n  - DB_PASSWORD=${canary}\n  envs:\n  - a.env\n`),
      'apps/ledger/a.env': `TOKEN=${canary}\n`,
    });
    expect(brief(result, RULE)).toHaveLength(2);
    expect(JSON.stringify(result)).not.toContain(canary);
  });

  const cases = path.resolve('..', 'shared', 'cases', 'kustomize');
  describe.runIf(existsSync(cases))('shared cases', () => {
    it('meets every kustomize-secret-literal marker', () => {
      // configmapgen-credential is configmap-secret's, through generatorCredentials (wired by that rule).
      expect(checkMarkers(cases).filter((p) => !p.startsWith('configmapgen-credential/'))).toEqual([]);
    });
  });
});

describe('kustomize generator inputs', () => {
  it('resolves paths against the kustomization folder, never outside the repository', () => {
    expect(resolveRepoPath('a/b/kustomization.yaml', '../c/x.env')).toBe('a/c/x.env');
    expect(resolveRepoPath('kustomization.yaml', './x.env')).toBe('x.env');
    expect(resolveRepoPath('a/kustomization.yaml', '../../x.env')).toBeUndefined();
    expect(resolveRepoPath('a/kustomization.yaml', 'https://example.com/x.env')).toBeUndefined();
  });

  it('judges configMapGenerator literals and env files for configmap-secret', () => {
    const files = {
      [KZ]: kustomization('  literals:\n  - REDIS_HOST=redis.svc\n  - REDIS_PASSWORD=fake-Vt6-sorrel-Kw33\n  envs:\n  - app.env\n', 'configMapGenerator'),
      'apps/ledger/app.env': 'LOG_LEVEL=debug\nSMTP_PASSWORD=fake-Yg3-plover-Cs57\n',
    };
    const doc = loadFile({ path: KZ, text: files[KZ], bytes: files[KZ].length }).documents[0];
    const hits = generatorCredentials(doc, memoryRepo(files), 'configMapGenerator');
    expect(hits.map((h) => [h.entry.source, h.entry.key, h.entry.path.join('.'), h.entry.fileLine, h.verdict])).toEqual([
      ['literal', 'REDIS_PASSWORD', 'configMapGenerator.0.literals.1', undefined, 'credential'],
      ['env', 'SMTP_PASSWORD', 'configMapGenerator.0.envs.0', 2, 'credential'],
    ]);
  });

  it('judges every env line and every literal, skipping literals without `=`', () => {
    const files = {
      [KZ]: kustomization('  literals:\n  - DB_USER=app\n  - DB_PASSWORD=Sx4-bramble-Cu97\n  - SIGNING_KEY=\n  - junk\n  envs:\n  - app.env\n'),
      'apps/ledger/app.env': 'DB_HOST=pg\nDB_PASSWORD=Sx4-bramble-Cu97\nAPI_TOKEN=${API_TOKEN}\n',
    };
    const doc = loadFile({ path: KZ, text: files[KZ], bytes: files[KZ].length }).documents[0];
    const repo = memoryRepo(files);
    expect(generatorEntries(doc, repo, 'secretGenerator').map((e) => [e.source, e.key, e.fileLine])).toEqual([
      ['literal', 'DB_USER', undefined],
      ['literal', 'DB_PASSWORD', undefined],
      ['literal', 'SIGNING_KEY', undefined],
      ['env', 'DB_HOST', 1],
      ['env', 'DB_PASSWORD', 2],
      ['env', 'API_TOKEN', 3],
    ]);
    expect(generatorCredentials(doc, repo, 'secretGenerator').map((h) => [h.entry.source, h.entry.key, h.verdict])).toEqual([
      ['literal', 'DB_PASSWORD', 'credential'],
      ['env', 'DB_PASSWORD', 'credential'],
    ]);
  });

  it('reads YAML and JSON files by their keys, on the line of each value', () => {
    const files = {
      [KZ]: kustomization('  files:\n  - app.yaml\n  - creds.json\n'),
      'apps/ledger/app.yaml': 'server:\n  port: 8080\ndb:\n  user: ledger\n  password: fake-Qz4-heron-Lp62\n',
      'apps/ledger/creds.json': '{\n  "client_id": "ledger",\n  "client_secret": "fake-Rb7-finch-Mw21"\n}\n',
    };
    const doc = loadFile({ path: KZ, text: files[KZ], bytes: files[KZ].length }).documents[0];
    expect(generatorCredentials(doc, memoryRepo(files), 'secretGenerator').map((h) => [h.entry.source, h.entry.key, h.entry.fileLine, h.verdict])).toEqual([
      ['embedded', 'password', 5, 'credential'],
      ['embedded', 'client_secret', 3, 'credential'],
    ]);
  });
});
