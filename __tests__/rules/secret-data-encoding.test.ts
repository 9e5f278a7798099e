import { describe, expect, it } from 'vitest';
import { b64 } from '../helpers/fakes.js';
import { brief, scanYaml } from '../helpers/scan.js';

const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\n  namespace: notify\ntype: Opaque\n${body}`;
const findings = (body: string) => brief(scanYaml(secret(body)), 'secret-data-encoding');
const notice = { ruleId: 'secret-data-encoding', line: 7, messageId: 'handEncoded', severity: 'notice' };

describe('secret-data-encoding', () => {
  it('reports invalid base64 as an error on the value line', () => {
    expect(findings('data:\n  tls.key: "REPLACE_WITH_BASE64_KEY"\n')).toEqual([{ ruleId: 'secret-data-encoding', line: 8, messageId: 'invalid', severity: 'error' }]);
  });

  it('reports a non-string data value as an error', () => {
    expect(findings('data:\n  replicas: 3\n')).toEqual([{ ruleId: 'secret-data-encoding', line: 8, messageId: 'notString', severity: 'error' }]);
  });

  it('warns on a single line decoded with a trailing newline (echo without -n), beside the hand-encoding notice', () => {
    expect(findings(`data:\n  username: ${b64('admin\n')}\n  password: ${b64('Hw5-brisk-Lo83')}\n`)).toEqual([
      notice,
      { ruleId: 'secret-data-encoding', line: 8, messageId: 'trailingNewline', severity: 'warning' },
    ]);
  });

  it('accepts a trailing newline in PEM blocks and in file contents (corpus: .dockercfg)', () => {
    const pem = b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(findings(`data:\n  tls.crt: ${pem}\n  .dockercfg: ${b64('{"auths":{}}\n')}\n  known_hosts: ${b64('github.com ssh-ed25519 AAAA\n')}\n`)).toEqual([notice]);
  });

  it('warns on a key set in both data and stringData, on the data entry', () => {
    expect(findings(`data:\n  SMTP_USER: ${b64('notifier')}\n  SMTP_PASSWORD: ${b64('changeme')}\nstringData:\n  SMTP_PASSWORD: \${SMTP_PASSWORD}\n`)).toEqual([
      notice,
      { ruleId: 'secret-data-encoding', line: 9, messageId: 'overridden', severity: 'warning' },
    ]);
  });

  it('gives no hand-encoding notice when a value is binary (stringData would not do)', () => {
    const binary = Buffer.from([0, 1, 2, 250, 251, 252, 3, 4]).toString('base64');
    expect(findings(`data:\n  keystore.jks: ${binary}\n  password: ${b64('Hw5-brisk-Lo83')}\n`)).toEqual([]);
  });

  it.each([
    ['stringData only', 'stringData:\n  password: x\n'],
    ['SOPS-encrypted data', 'data:\n  password: ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]\nsops:\n  version: 3.8.1\n'],
    ['empty data', 'data: {}\n'],
  ])('stays quiet on %s', (_name, body) => {
    expect(findings(body)).toEqual([]);
  });

  it('ignores kinds other than the core Secret', () => {
    const sealed = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: x}\nspec:\n  encryptedData:\n    password: not base64!\n';
    expect(brief(scanYaml(sealed), 'secret-data-encoding')).toEqual([]);
  });
});
