import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkMarkers, scanYaml } from '../helpers/scan.js';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n${data}`;
const rule = 'configmap-data-type';

describe('configmap-data-type', () => {
  it.each([
    ['unquoted number', 'data:\n  replicas: 3\n', 5, 'number'],
    ['float', 'data:\n  ratio: 0.5\n', 5, 'number'],
    ['YAML 1.1 boolean yes', 'data:\n  enabled: yes\n', 5, 'boolean'],
    ['boolean false', 'data:\n  debug: false\n', 5, 'boolean'],
    ['octal-looking number', 'data:\n  mode: 0644\n', 5, 'number'],
    ['null value', 'data:\n  empty:\n', 5, 'null'],
    ['tilde null', 'data:\n  empty: ~\n', 5, 'null'],
    ['nested map', 'data:\n  nested:\n    a: "1"\n', 5, 'map'],
    ['list', 'data:\n  hosts: [a, b]\n', 5, 'list'],
    ['key with a slash', 'data:\n  conf/app.yaml: "x"\n', 5, 'badKey'],
    ['key with a space', 'data:\n  "my key": "x"\n', 5, 'badKey'],
    ['YAML 1.1 boolean key', 'data:\n  on: "x"\n', 5, 'keyConverted'],
    ['one-letter YAML 1.1 boolean key', 'data:\n  y: "x"\n', 5, 'keyConverted'],
    ['key in both maps', 'data:\n  a.bin: "x"\nbinaryData:\n  a.bin: AAAA\n', 7, 'duplicate'],
    ['data as a list', 'data:\n- a\n', 4, 'notMap'],
  ])('fires on %s', (_name, data, line, messageId) => {
    expect(brief(scanYaml(cm(data)), rule)).toEqual([{ ruleId: rule, line, messageId, severity: 'error' }]);
  });

  it.each([
    ['quoted values', 'data:\n  replicas: "3"\n  enabled: "yes"\n  empty: ""\n'],
    ['data: null as a whole', 'data: null\n'],
    ['no data at all', ''],
    ['a block scalar holding numbers', 'data:\n  app.yaml: |\n    replicas: 3\n    debug: true\n'],
    ['keys with dots, dashes and underscores', 'data:\n  .env: "a"\n  app_conf-1.yaml: "b"\n'],
    ['a quoted boolean-looking key', 'data:\n  "on": "x"\n'],
    ['binaryData alone', 'binaryData:\n  blob: AAAA\n'],
  ])('stays quiet on %s', (_name, data) => {
    expect(brief(scanYaml(cm(data)), rule)).toEqual([]);
  });

  it('reads only core ConfigMaps', () => {
    expect(brief(scanYaml('apiVersion: example.com/v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  n: 3\n'), rule)).toEqual([]);
  });

  it('checks every item of a ConfigMapList', () => {
    const text = 'apiVersion: v1\nkind: ConfigMapList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n  data:\n    count: 3\n';
    expect(brief(scanYaml(text), rule)).toEqual([{ ruleId: rule, line: 8, messageId: 'number', severity: 'error' }]);
  });

  it('names the written boolean, never a number value', () => {
    const [f] = scanYaml(cm('data:\n  enabled: on\n')).findings;
    expect(f.message).toContain('"on"');
  });

  const dir = path.resolve('..', 'shared', 'cases', 'configmap');
  describe.runIf(existsSync(dir))('shared configmap cases', () => {
    it('meets the configmap-data-type markers', () => {
      expect(checkMarkers(dir).filter((p) => p.includes(rule))).toEqual([]);
    });
  });
});
