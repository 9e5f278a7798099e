/**
 * Fake credentials assembled at test time, so that no secret scanner mistakes this repository for a
 * leak: a deterministic pseudo-random body behind a provider prefix that is split in the source.
 */
export function fakeBody(length: number, seed = 7, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += alphabet[(x >> 8) % alphabet.length];
  }
  return s;
}

/** A GitHub personal access token shape with a random body. */
export const fakeGithubToken = (seed = 7) => 'gh' + 'p_' + fakeBody(36, seed);

/** A PEM private key block with a random (meaningless) body. */
export const fakePrivateKey = (seed = 7, label = 'RSA ') =>
  `-----BEGIN ${label}PRIVATE KEY-----\n${fakeBody(64, seed)}\n${fakeBody(64, seed + 1)}\n${fakeBody(40, seed + 2)}==\n-----END ${label}PRIVATE KEY-----\n`;

/** Base64 of a text. */
export const b64 = (s: string) => Buffer.from(s).toString('base64');
