import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFile, setFastPath } from '../../src/manifests/index.js';
import { scanFiles } from '../helpers/scan.js';

/** Manifests in the shapes rules read, as seeds for mutation. */
const SEEDS = [
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: ns\n  annotations:\n    a: b\ntype: Opaque\nstringData:\n  password: Xk9-qwerty-2291\n  username: admin\ndata:\n  token: c2VjcmV0LXRva2Vu\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  app.properties: |\n    db.password=Xk9-qwerty-2291\n    url=https://h\n  n: "1"\nbinaryData:\n  k: AAEC\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata:\n      annotations: {checksum/config: abc}\n    spec:\n      volumes:\n      - name: v\n        secret: {secretName: s, defaultMode: 0644}\n      containers:\n      - name: c\n        command: ["sh", "-c", "echo $TOKEN"]\n        env:\n        - {name: TOKEN, valueFrom: {secretKeyRef: {name: s, key: token}}}\n        - {name: DB_PASSWORD, value: hunter2-Xk9}\n        envFrom: [{secretRef: {name: s}}]\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [secrets, "*"]\n  verbs: [get, list, "*"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}\nsubjects:\n- {kind: Group, name: "system:authenticated"}\n',
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: a}\n  stringData: {token: abc}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b}\n  data: {x: y}\n',
  '{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "j"}, "data": {"a": "YWJj", "b": "!!"}}\n',
];

/** Names the loader and rules treat differently: plain manifests, JSON, kustomizations, Helm values. */
const NAMES = ['m.yaml', 'm.json', 'kustomization.yaml', 'values.yaml', 'templates/t.yaml'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom(':', '- ', '\n', '  ', '{', '[', '&a ', '*a', '<<: ', '!!binary ', '"', "'", '|', '>-', '---\n', '#', '{{ x }}', '\t', '\u0000', '\ufeff', '\r', '\r\n', '\u0085', '\u2028', '? ', '~', 'null', '0o17', '0x1F', '1_0', '.5', 'y', 'NO', '2025-01-01')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate-line'; at: number };

function mutate(seed: string, ms: Mutation[]): string {
  let s = seed;
  for (const m of ms) {
    const at = s.length ? m.at % s.length : 0;
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else {
      const lines = s.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]);
      s = lines.join('\n');
    }
  }
  return s;
}

/** Random YAML/JSON texts: mutated manifests, arbitrary values in YAML and JSON, and arbitrary strings. */
const texts = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => mutate(s, ms)) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 4 }).map((v) => safeStringify(v)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 2,
    arbitrary: fc
      .record({ kind: fc.constantFrom('Secret', 'ConfigMap', 'Deployment', 'Role', 'ClusterRoleBinding', 'Pod'), extra: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })) })
      .map(({ kind, extra }) => safeStringify({ apiVersion: kind.includes('Role') ? 'rbac.authorization.k8s.io/v1' : 'v1', kind, metadata: { name: 'n' }, ...extra, data: extra, spec: extra, rules: [extra] })),
  },
);

function safeStringify(v: unknown): string {
  try {
    return stringify(v, { version: '1.1' }) ?? '';
  } catch {
    return String(v);
  }
}

afterEach(() => setFastPath(true));

describe('property: any input ends as findings or a clean result', () => {
  it('the scan never throws, and no rule crashes', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...NAMES), (text, name) => {
        const result = scanFiles({ [name]: text, 'Chart.yaml': 'name: c\n' });
        for (const f of result.findings) {
          expect(f.ruleId).not.toBe('internal-error');
          expect(f.startLine).toBeGreaterThanOrEqual(1);
          expect(typeof f.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the fast path and the yaml path load every input identically', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const view = (fast: boolean) => {
          setFastPath(fast);
          const l = loadFile({ path: 'x.yaml', text, bytes: text.length });
          return {
            status: l.status,
            problems: l.problems,
            docs: l.documents.map((d) => ({ index: d.index, item: d.item, role: d.role, value: d.value, object: d.locateObject(), span: d.lineSpan() })),
          };
        };
        expect(view(true)).toEqual(view(false));
      }),
      { numRuns: 500 },
    );
  });
});
