import { describe, expect, it } from 'vitest';
import { findUrlCredentials, hasCredentialTail, isPlaceholder, judgeWithUrls, looksLikePath, parseKeyValueLines } from '../../src/detect/index.js';

describe('findUrlCredentials', () => {
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
    expect(findUrlCredentials(text).map((u) => u.verdict)).toEqual(verdicts);
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

describe('judgeWithUrls', () => {
  it('judges a URL under a credential-named key by its password alone', () => {
    expect(judgeWithUrls('DATABASE_DSN', 'postgresql://pg:5432/db').verdict).toBe('quiet');
    expect(judgeWithUrls('SMTP_PASSWORD_URL', 'smtp://notifier@mail:587').verdict).toBe('quiet');
    expect(judgeWithUrls('auth', 'basic').verdict).toBe('quiet');
    expect(judgeWithUrls('basicAuth', 'fake-Hn6-teal-Rx31').verdict).toBe('credential');
    expect(judgeWithUrls('RUNBOOK_GIT_URL', 'https://bot:fake-Hn6-teal@git.example.com/x.git')).toEqual({ verdict: 'credential', what: 'URL with an inline password' });
  });
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
