import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkMarkers, scanYaml } from '../helpers/scan.js';

const rule = 'secret-logged';
const FROM_SECRET = '    env:\n    - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}\n    - {name: LOG_LEVEL, valueFrom: {configMapKeyRef: {name: s, key: level}}}\n';
const MOUNT = '    volumeMounts: [{name: creds, mountPath: /etc/creds}]\n';
const pod = (container: string, extraVolumes = '') => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: app:1
${container}  volumes:
  - {name: creds, secret: {secretName: creds, defaultMode: 0400}}
${extraVolumes}`;
const cmd = (script: string) => `    command: ["sh", "-c", ${JSON.stringify(script)}]\n`;

describe('secret-logged', () => {
  it.each([
    ['env dump with Secret env', cmd('env; exec app') + FROM_SECRET, 'envDump', 'warning'],
    ['printenv piped through grep only', cmd("printenv | grep '^DB_'") + FROM_SECRET, 'envDump', 'warning'],
    ['export -p', cmd('export -p') + FROM_SECRET, 'envDump', 'warning'],
    ['echo of a Secret variable', cmd('echo "pw is $DB_PASSWORD"') + FROM_SECRET, 'echo', 'warning'],
    ['printf of a Secret variable', cmd("printf '%s\\n' \"${DB_PASSWORD}\"") + FROM_SECRET, 'echo', 'warning'],
    ['echo of an envFrom Secret variable with a credential name', cmd('echo $API_TOKEN') + '    envFrom: [{secretRef: {name: api}}]\n', 'echo', 'warning'],
    ['a script variable read from a secret file', cmd('T=$(cat /etc/creds/token); echo "$T"') + MOUNT, 'echo', 'warning'],
    ['cat of a secret file', cmd('cat /etc/creds/token && exec app') + MOUNT, 'catFile', 'warning'],
    ['head -c 4 of a secret file', cmd('head -c 4 /etc/creds/token') + MOUNT, 'prefix', 'notice'],
    ['exec-form cat', '    command: ["cat", "/etc/creds/token"]\n' + MOUNT, 'catFile', 'warning'],
    ['exec-form Kubernetes expansion', '    args: ["--verbose", "$(DB_PASSWORD)"]\n    command: ["echo"]\n' + FROM_SECRET, 'echo', 'warning'],
    ['set -x before a secret use', cmd('set -ex\ncurl -u "u:$DB_PASSWORD" https://x') + FROM_SECRET, 'xtrace', 'warning'],
    ['sh -x', '    command: ["sh", "-xc", "curl -u u:$DB_PASSWORD https://x"]\n' + FROM_SECRET, 'xtraceShell', 'warning'],
  ])('fires on %s', (_n, container, messageId, severity) => {
    expect(brief(scanYaml(pod(container)), rule).map((f) => [f.messageId, f.severity])).toEqual([[messageId, severity]]);
  });

  it.each([
    ['env without Secret env', cmd('env; exec app') + '    env: [{name: A, value: b}]\n'],
    ['a redacting pipeline', cmd("env | sed 's/=.*/=<redacted>/'") + FROM_SECRET],
    ['names only', cmd('env | cut -d= -f1 | sort') + FROM_SECRET],
    ['a count', cmd('printenv | wc -l') + FROM_SECRET],
    ['echo of a ConfigMap variable', cmd('echo "level $LOG_LEVEL"') + FROM_SECRET],
    ['echo of a fixed string', cmd("echo 'DB_PASSWORD is set'") + FROM_SECRET],
    ['test -n of a Secret variable', cmd('test -n "$DB_PASSWORD" && exec app') + FROM_SECRET],
    ['a Secret variable piped into a consumer', cmd('echo "$DB_PASSWORD" | docker login -u me --password-stdin r.io') + FROM_SECRET],
    ['a Secret variable written to a file', cmd('echo "$DB_PASSWORD" > /tmp/pw') + FROM_SECRET],
    ['a secret file read into a variable', cmd('T=$(cat /etc/creds/token); exec app --token "$T"') + MOUNT],
    ['ls of the mount', cmd('ls -l /etc/creds') + MOUNT],
    ['cat of another path', cmd('cat /etc/config/app.yaml') + MOUNT],
    ['set -x turned off before the use', cmd('set -x\nprep\nset +x\ncurl -u "u:$DB_PASSWORD" https://x') + FROM_SECRET],
    ['set -x in a script that uses no secret', cmd('set -x\nexec app') + FROM_SECRET],
    ['an unknown script file', '    command: ["sh", "/entrypoint.sh"]\n' + FROM_SECRET],
  ])('stays quiet on %s', (_n, container) => {
    expect(brief(scanYaml(pod(container)), rule)).toEqual([]);
  });

  it('reads lifecycle hooks and exec probes', () => {
    const container =
      FROM_SECRET +
      '    lifecycle:\n      preStop:\n        exec:\n          command: ["sh", "-c", "env"]\n' +
      '    livenessProbe:\n      exec:\n        command: ["sh", "-c", "echo $DB_PASSWORD"]\n';
    expect(brief(scanYaml(pod(container)), rule)).toEqual([
      { ruleId: rule, line: 14, messageId: 'envDump', severity: 'warning' },
      { ruleId: rule, line: 17, messageId: 'echo', severity: 'warning' },
    ]);
  });

  it('lands on the offending line of a block-scalar script', () => {
    const container = `    command:\n    - sh\n    - -c\n    - |\n      set -e\n      echo start\n      echo "$DB_PASSWORD"\n` + FROM_SECRET;
    expect(brief(scanYaml(pod(container)), rule)).toEqual([{ ruleId: rule, line: 14, messageId: 'echo', severity: 'warning' }]);
  });

  it('names the variable and never prints a value', () => {
    const [f] = scanYaml(pod(cmd('echo $DB_PASSWORD') + FROM_SECRET)).findings.filter((x) => x.ruleId === rule);
    expect(f.message).toContain('$DB_PASSWORD');
  });

  for (const folder of ['workload', 'seed']) {
    const dir = path.resolve('..', 'shared', 'cases', folder);
    describe.runIf(existsSync(dir))(`shared ${folder} cases`, () => {
      it('meets the secret-logged markers', () => {
        expect(checkMarkers(dir).filter((p) => p.includes(rule))).toEqual([]);
      });
    });
  }
});
