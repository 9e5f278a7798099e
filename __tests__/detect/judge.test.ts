import { describe, expect, it } from 'vitest';
import {
  findFormats,
  findUrlCredentials,
  hasCredentialTail,
  isCredentialKey,
  isNotCredentialShape,
  isPlaceholder,
  isWeakDefault,
  judgeAll,
  judgeValue,
  looksLikePath,
  matchFormat,
  parseEmbedded,
  parseKeyValueLines,
} from '../../src/detect/index.js';
import { b64, fakeBody, fakeGithubToken, fakePrivateKey } from '../helpers/fakes.js';

const verdict = (key: string, value: string) => judgeValue(key, value).verdict;
const what = (key: string, value: string) => {
  const j = judgeValue(key, value);
  return j.verdict === 'quiet' ? j.why : j.what;
};

describe('judgeValue: credentials', () => {
  it.each([
    ['password', 't0p-Secret', 'credential-named value'],
    ['DB_PASSWORD', 'Changeme4Prod-2291', 'credential-named value'],
    ['REPLICA_PASSWORD', 'xxxPq7-relay-Mn2Lw', 'credential-named value'],
    ['token-secret', 'kq4gihvszzgn1p0r', 'credential-named value'],
    ['PAGER_API_KEY', '5d2c8e4a-91f3-4b7e-a6d0-3c8b1f9e2a47', 'credential-named value'],
    ['DB_PASSWORD_FILE', 'Hq2-lichen-Pb70', 'credential-named value'],
    ['rootpasswd', 'Vb7-glade-Rt21', 'credential-named value'],
    ['clientsecret', 'Vb7-glade-Rt21', 'credential-named value'],
    ['key', b64('AQB' + fakeBody(37)), 'credential-named value'],
    ['notes', fakeGithubToken(), 'GitHub token'],
    ['AWS_ACCESS_KEY_ID', 'AKIA' + fakeBody(16, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'AWS access key id'],
    ['AWS_SECRET_ACCESS_KEY', fakeBody(38, 5) + '/+', 'AWS secret access key'],
    ['secretAccessKey', fakeBody(38, 9) + '+/', 'AWS secret access key'],
    ['azurestorageaccountkey', fakeBody(86, 4) + '==', 'Azure storage account key'],
    ['conn', `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${fakeBody(86, 4)}==;EndpointSuffix=core.windows.net`, 'Azure storage account key'],
    ['CACHE_URL', 'redis://:Mh8-cobalt-Zu40@redis-master.ledger.svc:6379/0', 'URL with an inline password'],
    ['REPORTING_URL', 'postgresql://reports:todoKv83-fig-Ma@pg.billing.svc:5432/billing', 'URL with an inline password'],
    ['DB', 'Server=db;Database=app;User Id=app;Password=Kd93-sable-Wp18;', 'connection string with a password'],
    ['x', 'sl' + 'ack ' + 'xo' + 'xb-' + fakeBody(12, 2, '0123456789') + '-' + fakeBody(24, 3), 'Slack token'],
    ['x', 'np' + 'm_' + fakeBody(36, 11), 'npm token'],
    ['x', 'sk' + '_live_' + fakeBody(24, 12), 'Stripe key'],
    ['x', 'gl' + 'pat-' + fakeBody(20, 13), 'GitLab token'],
    ['x', 'sk-' + 'proj-' + fakeBody(48, 14), 'OpenAI-style API key'],
    ['x', 'ey' + 'J' + fakeBody(20, 1) + '.ey' + 'J' + fakeBody(30, 2) + '.' + fakeBody(43, 3), 'JSON web token'],
    ['id_rsa', fakePrivateKey(3, 'OPENSSH '), 'OpenSSH private key'],
    ['client-key-data', b64(fakePrivateKey(6, 'EC ')), 'EC private key'],
    ['anything', fakePrivateKey(4, ''), 'private key'],
  ])('%s fires (row %#)', (key, value, expected) => {
    expect(verdict(key, value)).toBe('credential');
    expect(what(key, value)).toBe(expected);
  });

  it('recognises a GCP service-account JSON by its private key', () => {
    const json = JSON.stringify({ type: 'service_account', project_id: 'p', private_key: fakePrivateKey(5, ''), client_email: 'a@p.iam.gserviceaccount.com' }, null, 1);
    expect(judgeValue('key.json', json)).toMatchObject({ verdict: 'credential', what: 'GCP service-account key', innerKey: 'private_key', innerLine: 3 });
  });

  it('decodes a docker config auth and judges its password', () => {
    const cfg = (auth: string) => JSON.stringify({ auths: { 'registry.example.com': { auth } } });
    expect(judgeValue('.dockerconfigjson', cfg(b64('bot:Kq8-sandpiper-Zu41')))).toMatchObject({ verdict: 'credential', what: 'docker registry auth' });
    expect(verdict('.dockerconfigjson', cfg(b64('bot:${REGISTRY_PASSWORD}')))).toBe('quiet');
    expect(verdict('.dockerconfigjson', cfg('${REGISTRY_AUTH_B64}'))).toBe('quiet');
    expect(verdict('.dockerconfigjson', '{"credHelpers":{"123456789012.dkr.ecr.eu-west-1.amazonaws.com":"ecr-login"}}')).toBe('quiet');
  });
});

describe('judgeValue: weak defaults are warnings', () => {
  it.each([
    ['FLYWAY_PASSWORD', 'password'],
    ['rootpasswd', 'password'],
    ['MYSQL_ROOT_PASSWORD', 'admin'],
    ['secretkey', 'minio123'],
    ['DATABASE_URL', 'postgres://postgres:postgres@db:5432/app'],
    ['MYSQL_ROOT_PASSWORD', '123456'],
  ])('%s = a default', (key, value) => expect(verdict(key, value)).toBe('weak'));
});

describe('judgeValue: quiet', () => {
  it.each([
    // placeholders of every style
    ['password', ''],
    ['password', 'changeme'],
    ['DB_PASSWORD', '${DB_PASSWORD}'],
    ['GITHUB_TOKEN', '$(GITHUB_TOKEN)'],
    ['OAUTH_CLIENT_SECRET', '{{ .Values.oauth.clientSecret }}'],
    ['API_TOKEN', '<api-token>'],
    ['SIGNING_KEY', 'xxxxxxxxxxxxxxxx'],
    ['DB_PASS', 'your-password-here'],
    ['MYSQL_ROOT_PASSWORD', 'yourpassword'],
    ['token', 'change-me-placeholder'],
    ['token', '**access token goes here**'],
    ['tls.key', 'REPLACE_WITH_BASE64_KEY'],
    ['COOKIE_SECRET', 'SECRET'],
    ['HF_TOKEN', 'HF_TOKEN'],
    ['NGC_API_KEY', 'nvapi-NVKEY'],
    ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['notes', 'gh' + 'p_' + 'x'.repeat(36)],
    ['GRAFANA_DB_URL', 'postgresql://grafana:${DB_PASSWORD}@pg:5432/grafana'],
    ['DATABASE_DSN', 'postgresql://bridge:$(PGPASSWORD)@pg.metrics.svc:5432/metrics'],
    ['MIGRATIONS_URL', 'postgresql://migrator:$MIGRATOR_PASSWORD@pg:5432/ledger'],
    ['password', 'ENC[AES256_GCM,data:abc,iv:x,tag:y,type:str]'],
    // corpus false positives, fixed: frigate's {VAR} substitution, kiali's padded CHANGEME, otel's made-up token, tekton's token: token
    ['mqtt.password', '{FRIGATE_MQTT_PASSWORD}'],
    ['signing_key', 'CHANGEME00000000'],
    ['token', 'somerandomtoken'],
    ['token', 'token'],
    // references, ids, URLs, paths, hashes
    ['secretName', 'shop-wildcard-tls-7f3a9c2e41'],
    ['auth-secret', 'storefront-basic-auth'],
    ['SECRET_KEY_ID', '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ['JWT_TOKEN_URL', 'https://auth.internal.example.com/oauth2/token'],
    ['TOKEN_AUDIENCE', 'mailer-api'],
    ['API_KEY_HEADER', 'X-Mailer-Key'],
    ['PROJECT_KEY', 'web'],
    ['server-tokens', 'off'],
    ['tokenizer_model', 'bert-base-multilingual-cased'],
    ['compass_url', 'https://compass.internal.example.com/api'],
    ['bypass_cache', 'false'],
    ['auth-extra-groups', 'system:bootstrappers:kubeadm:default-node-token'],
    ['token-id', '5emitj'],
    ['POSTGRES_PASSWORD_FILE', '/run/secrets/postgres/password'],
    ['GOOGLE_APPLICATION_CREDENTIALS', '/var/secrets/google/key.json'],
    ['DEX_USER_PASSWORD', '$2y$12$4K/VkmDd1q1Orb3xAt82zu8gk7Ad6ReFR4LCP9UeYE90NLiN9Df72'],
    ['auth', 'admin:$apr1$H65vua70$.tbMxOlddNpx5hiPdafJn/'],
    ['SMTP_URL', 'smtp://notifier@mail-relay.ledger.svc:587'],
    ['FLYWAY_URL', 'jdbc:postgresql://pg-primary.ledger.svc:5432/ledger'],
    ['username', 'admin'],
    ['ca.crt', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'],
    ['identity.pub', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPGXjC3SMRuSobG7qYLN2oHP2o4R6Byo81WRiGJa8UAK flux@platform'],
    // corpus false positive, fixed: nsswitch.conf's `passwd: compat` inside a ConfigMap
    ['nsswitch.conf', 'passwd:         compat\ngroup:          compat\nshadow:         compat\nhosts:          files dns\n'],
  ])('%s = %j', (key, value) => expect(verdict(key, value)).toBe('quiet'));

  it('keeps a placeholder PEM body quiet (GCP JSON with "A key")', () => {
    const json = '{\n "type": "service_account",\n "private_key_id": "",\n "private_key": "-----BEGIN PRIVATE KEY-----\\nA key\\n-----END PRIVATE KEY-----\\n"\n}';
    expect(verdict('secret-access-credentials', json)).toBe('quiet');
  });

  it('judges a base64-encoded JSON file by what it holds (corpus: 1Password example credentials)', () => {
    const json = JSON.stringify({ verifier: { salt: 'example', localHash: 'example' }, encCredentials: { kid: 'example', enc: 'example' } });
    expect(verdict('1password-credentials.json', b64(json))).toBe('quiet');
    expect(verdict('1password-credentials.json', b64(JSON.stringify({ password: 'Hs8-marten-Ql40' })))).toBe('credential');
  });
});

describe('embedded files', () => {
  it('finds each credential at its line inside properties, .env, YAML, JSON and TOML', () => {
    const props = 'server.port=8080\nspring.datasource.username=app\nspring.datasource.password=Rc5-willow-Nt92\napp.jwt.secret=${JWT_SECRET}\n';
    expect(judgeAll('application.properties', props).map((h) => [h.innerKey, h.innerLine])).toEqual([['spring.datasource.password', 2]]);
    const env = 'NODE_ENV=production\n# comment\nSESSION_SECRET=Gk7-ripple-Vd35\nexport API_TOKEN="Pw4-heron-Lk22"\n';
    expect(judgeAll('.env', env).map((h) => [h.innerKey, h.innerLine])).toEqual([['SESSION_SECRET', 2], ['API_TOKEN', 3]]);
    const yaml = 'smtp:\n  host: mail\n  password: Tz3-vole-Qa58\ndb:\n  passwordSecretRef: {name: db, key: password}\n';
    expect(judgeAll('settings.yaml', yaml).map((h) => [h.innerKey, h.innerLine])).toEqual([['smtp.password', 2]]);
    const toml = '[database]\nuser = "app"\npassword = "Yx2-crane-Mu63"\n';
    expect(judgeAll('config.toml', toml).map((h) => [h.innerKey, h.innerLine])).toEqual([['database.password', 2]]);
    const json = '{\n  "name": "x",\n  "password": "Bn6-otter-Se14"\n}';
    expect(judgeAll('creds.json', json).map((h) => [h.innerKey, h.innerLine])).toEqual([['password', 2]]);
  });

  it('parses a SOPS-encrypted embedded file as encrypted', () => {
    expect(parseEmbedded('{"data": "ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]", "sops": {"version": "3.8.1"}}')?.encrypted).toBe(true);
    expect(verdict('key', b64('{"data": "ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]", "sops": {"version": "3.8.1"}}'))).toBe('quiet');
  });

  it('does not read a one-line value or a PEM block as a file', () => {
    expect(parseEmbedded('a=b')).toBeUndefined();
    expect(parseEmbedded(fakePrivateKey())).toBeUndefined();
  });
});

describe('the building blocks', () => {
  it('names credential keys by their words, not substrings', () => {
    expect(['password', 'DB_PASSWORD', 'dbPassword', 'rootpasswd', 'client-secret', 'api_key', 'ssh-privatekey', 'tls.key'].every(isCredentialKey)).toBe(true);
    expect(['compass_url', 'bypass', 'passage_window', 'tokenizer_model', 'keyspace', 'username', 'ca.crt'].some(isCredentialKey)).toBe(false);
  });

  it('matches formats only where the body is real', () => {
    expect(matchFormat('token: ' + fakeGithubToken())?.name).toBe('GitHub token');
    expect(matchFormat('gh' + 'p_' + 'X'.repeat(36))).toBeUndefined();
    expect(findFormats('-----BEGIN PRIVATE KEY-----\nA key\n-----END PRIVATE KEY-----')).toEqual([]);
  });

  it('separates placeholders, weak defaults and shapes', () => {
    expect(isPlaceholder('Changeme4Prod-2291')).toBe(false);
    expect(isPlaceholder('REPLACE_ME')).toBe(true);
    expect(isWeakDefault('Admin')).toBe(true);
    expect(isWeakDefault('Kd93-sable')).toBe(false);
    expect(['true', '5432', '15m', '/etc/secrets', 'https://x.example.com/a', 'sha256:' + 'a'.repeat(64)].every(isNotCredentialShape)).toBe(true);
    expect(isNotCredentialShape('Kd93-sable-Wp18')).toBe(false);
  });
});

describe('findUrlCredentials in shell-expanded text', () => {
  it.each([
    ['postgresql://app:fake-Vw3-quill@pg:5432/db', ['credential']],
    ['redis://:fake-Mh8-cobalt@redis:6379/0', ['credential']],
    ['--dbname=postgresql://b:fake-Fv2-lumen@pg/x --file=/x', ['credential']],
    ['amqp://guest:guest@rabbitmq:5672/', ['weak']],
    ['postgresql://u:$(PGPASSWORD)@pg/db', []],
    ['postgresql://u:${DB_PASSWORD}@pg/db', []],
    ['postgresql://u:$MIGRATOR_PASSWORD@pg/db', []],
    ['rtsp://view:{FRIGATE_RTSP_PASSWORD}@porch.home:554/cam', []],
    ['https://myacct:mypass@localhost:4430', []],
    ['https://u:<password>@h/x', []],
    ['smtp://notifier@mail:587', []],
    ['https://example.com/a:b@c', []],
    ['jdbc:postgresql://pg:5432/ledger', []],
  ])('%s', (text, verdicts) => {
    expect(findUrlCredentials(text, true).map((u) => u.verdict)).toEqual(verdicts);
  });
});

describe('hasCredentialTail', () => {
  it.each(['DB_PASSWORD', 'client-secret', 'AWS_SECRET_ACCESS_KEY', 'connectionString', 'PGPASSWORD', 'SECRET_KEY_BASE', 'DB_PASSWORD_PROD', 'tls.key', 'apiKey'])(
    '%s holds a credential',
    (key) => expect(hasCredentialTail(key)).toBe(true),
  );
  it.each(['SECRET_VERSION', 'GF_AUTH_ANONYMOUS_ORG_ROLE', 'password_encryption', 'secretProviderClass', 'AUTH_PROXY_IMAGE', 'AUTH_METHOD', 'PASSWORD_MIN_LENGTH', 'paper-direct-auth.json', 'ADMIN_PASSWORD_HASH'])(
    '%s is about a credential, not one',
    (key) => expect(hasCredentialTail(key)).toBe(false),
  );
});

describe('isPlaceholder on fill-in styles', () => {
  it.each([
    ['yourpassword', 'MYSQL_ROOT_PASSWORD'],
    ['__INGRESS_SECRET__', 'x'],
    ['SECRET', 'OAUTH2_PROXY_COOKIE_SECRET'],
    ['GOOGLE_API_KEY_VAL', 'GOOGLE_API_KEY'],
    ['nvapi-NVKEY', 'NGC_API_KEY'],
  ])('%s under %s is a stand-in', (value, key) => expect(isPlaceholder(value, key)).toBe(true));
  it.each([
    ['Changeme4Prod-2291', 'DB_PASSWORD'],
    ['ADMIN', 'DB_PASSWORD'],
    ['s3cr3tP4ss', 'password'],
  ])('%s under %s is not', (value, key) => expect(isPlaceholder(value, key)).toBe(false));
});

describe('looksLikePath and parseKeyValueLines', () => {
  it('tells paths from secrets', () => {
    expect(['/run/secrets/pg', './x', 'secrets/db/password', 'C:\\keys\\a.pem'].map(looksLikePath)).toEqual([true, true, true, true]);
    expect(['Hq2-lichen-Pb70', 'a b/c', 'AAAAB3NzaC1yc2EAAAADAQABAAABAQ/Cq'].map(looksLikePath)).toEqual([false, false, false]);
  });

  it('reads env and properties lines, skipping comments and sections', () => {
    const text = '# c\n[section]\nexport A="1"\nB = two\nc.d: three\n';
    const env = parseKeyValueLines(text, { minShare: 0, colon: false })?.map(({ key, value, line }) => ({ key, value, line }));
    expect(env).toEqual([{ key: 'A', value: '1', line: 2 }, { key: 'B', value: 'two', line: 3 }]);
    expect(parseKeyValueLines(text, { minShare: 0 })?.map((l) => l.key)).toEqual(['A', 'B', 'c.d']);
  });
});
