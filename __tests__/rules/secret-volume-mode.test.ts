import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkMarkers, scanYaml } from '../helpers/scan.js';

const rule = 'secret-volume-mode';
const pod = (volumes: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: c, image: c:1}
  volumes:
${volumes}`;

describe('secret-volume-mode', () => {
  it.each([
    ['decimal 400 (= 0620)', '  - name: s\n    secret:\n      secretName: s\n      defaultMode: 400\n', 11, 'didYouMean', 'warning'],
    ['decimal 420 (= 0644, as kubectl prints it)', '  - name: s\n    secret: {secretName: s, defaultMode: 420}\n', 9, 'tooOpen', 'warning'],
    ['octal 0644', '  - name: s\n    secret:\n      secretName: s\n      defaultMode: 0644\n', 11, 'tooOpen', 'warning'],
    ['octal 0660 (group write)', '  - name: s\n    secret:\n      secretName: s\n      defaultMode: 0660\n', 11, 'tooOpen', 'warning'],
    ['decimal 644 (over 0777)', '  - name: s\n    secret:\n      secretName: s\n      defaultMode: 644\n', 11, 'invalid', 'error'],
    ['unset defaultMode', '  - name: s\n    secret:\n      secretName: s\n', 9, 'unset', 'warning'],
    ['items mode 0644', '  - name: s\n    secret:\n      secretName: s\n      defaultMode: 0400\n      items:\n      - {key: k, path: k, mode: 0644}\n', 13, 'tooOpen', 'warning'],
    ['projected secret without defaultMode', '  - name: p\n    projected:\n      sources:\n      - secret: {name: s}\n', 11, 'unset', 'warning'],
    ['projected defaultMode 0444', '  - name: p\n    projected:\n      defaultMode: 0444\n      sources:\n      - secret: {name: s}\n', 10, 'tooOpen', 'warning'],
  ])('fires on %s', (_n, volumes, line, messageId, severity) => {
    expect(brief(scanYaml(pod(volumes)), rule)).toEqual([{ ruleId: rule, line, messageId, severity }]);
  });

  it.each([
    ['octal 0400', '  - name: s\n    secret: {secretName: s, defaultMode: 0400}\n'],
    ['octal 0440', '  - name: s\n    secret: {secretName: s, defaultMode: 0440}\n'],
    ['decimal 256 (= 0400)', '  - name: s\n    secret: {secretName: s, defaultMode: 256}\n'],
    ['octal 0600', '  - name: s\n    secret: {secretName: s, defaultMode: 0600}\n'],
    ['every item with its own safe mode', '  - name: s\n    secret:\n      secretName: s\n      items:\n      - {key: k, path: k, mode: 0400}\n'],
    ['a ConfigMap volume', '  - name: c\n    configMap: {name: c}\n'],
    ['a projected service account token', '  - name: t\n    projected:\n      sources:\n      - serviceAccountToken: {path: token}\n'],
    ['a projected secret with defaultMode 0400', '  - name: p\n    projected:\n      defaultMode: 0400\n      sources:\n      - secret: {name: s}\n      - configMap: {name: c}\n'],
  ])('stays quiet on %s', (_n, volumes) => {
    expect(brief(scanYaml(pod(volumes)), rule)).toEqual([]);
  });

  it('says what the written digits mean and suggests 0400 only for plausible octal digits', () => {
    const [f] = scanYaml(pod('  - name: s\n    secret: {secretName: s, defaultMode: 400}\n')).findings;
    expect(f.message).toContain('decimal 400 = mode 0620');
    expect(f.message).toContain('Did you mean 0400?');
    const [g] = scanYaml(pod('  - name: s\n    secret: {secretName: s, defaultMode: 420}\n')).findings;
    expect(g.message).toContain('decimal 420 = mode 0644');
    expect(g.message).not.toContain('Did you mean');
  });

  for (const folder of ['workload', 'seed']) {
    const dir = path.resolve('..', 'shared', 'cases', folder);
    describe.runIf(existsSync(dir))(`shared ${folder} cases`, () => {
      it('meets the secret-volume-mode markers', () => {
        expect(checkMarkers(dir).filter((p) => p.includes(rule))).toEqual([]);
      });
    });
  }
});
