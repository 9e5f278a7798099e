import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-cred\n  namespace: ml\ntype: Opaque\n${body}`;

describe('secret-plaintext', () => {
  it.each([
    ['a password in stringData', 'stringData:\n  AWS_SECRET_ACCESS_KEY: fake-Kq8-sandpiper-Zu41\n', 8, 'stringData'],
    ['a password in data, base64-decoded', `data:\n  password: ${b64('fake-Hd2-lapwing-Ro77')}\n`, 8, 'data'],
    ['a credential format under a neutral key', `stringData:\n  notes: ${'gh' + 'p_' + 'A'.repeat(18) + 'b'.repeat(18)}\n`, 8, 'stringData'],
  ])('fires on %s', (_name, body, line, messageId) => {
    expect(brief(scanYaml(secret(body)), 'secret-plaintext')).toEqual([{ ruleId: 'secret-plaintext', line, messageId, severity: 'error' }]);
  });

  it('reports a well-known default as a warning', () => {
    expect(brief(scanYaml(secret('stringData:\n  password: admin\n')), 'secret-plaintext')).toEqual([
      { ruleId: 'secret-plaintext', line: 8, messageId: 'weak', severity: 'warning' },
    ]);
  });

  it.each([
    ['empty values', 'stringData:\n  password: ""\n  token: \n'],
    ['placeholders', 'stringData:\n  password: changeme\n  token: ${API_TOKEN}\n  secret: <your-secret>\n'],
    ['non-secret parts', 'stringData:\n  username: admin\n  host: db.internal\n  port: "5432"\n'],
    ['SOPS-encrypted data', 'stringData:\n  password: ENC[AES256_GCM,data:abc,iv:x,tag:y,type:str]\nsops:\n  version: 3.8.1\n'],
  ])('stays quiet on %s', (_name, body) => {
    expect(brief(scanYaml(secret(body)), 'secret-plaintext')).toEqual([]);
  });

  it('ignores kinds that are not the core Secret', () => {
    const sealed = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: x}\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n';
    expect(brief(scanYaml(sealed), 'secret-plaintext')).toEqual([]);
  });

  it('never puts the value in the finding', () => {
    const value = 'fake-Canary-Xy93-kittiwake';
    const result = scanYaml(secret(`stringData:\n  password: ${value}\ndata:\n  token: ${b64(value)}\n`));
    expect(result.findings).toHaveLength(2);
    expect(JSON.stringify(result)).not.toContain(value);
    expect(JSON.stringify(result)).not.toContain(b64(value));
  });
});
