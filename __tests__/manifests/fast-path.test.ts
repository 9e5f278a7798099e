import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan.js';
import { loadFile, setFastPath } from '../../src/manifests/index.js';
import { RULES } from '../../src/rules/index.js';
import { discover, diskRepo } from '../../src/sources/local.js';

const src = (text: string, p = 'x.yaml') => ({ path: p, text, bytes: text.length });

/** Loads with and without the fast path: values, roles, indexes, problems and statuses must agree. */
function both(text: string, p = 'x.yaml') {
  setFastPath(true);
  const fast = loadFile(src(text, p));
  setFastPath(false);
  const slow = loadFile(src(text, p));
  setFastPath(true);
  const view = (l: typeof fast) => ({
    status: l.status,
    problems: l.problems,
    docs: l.documents.map((d) => ({ index: d.index, item: d.item, role: d.role, value: d.value, span: d.lineSpan(), kind: d.locateObject() })),
  });
  return { fast: view(fast), slow: view(slow) };
}

afterEach(() => setFastPath(true));

describe('fast path reads values exactly as the yaml path', () => {
  const cases: Record<string, string> = {
    'YAML 1.1 scalars': 'a: 0400\nb: yes\nc: on\nd: 2025-01-15\ne: 12:30\nf: .5\ng: 0x1F\nh: +12\ni: 1_000\nj: ~\nk: y\nl: NO\nm: .inf\nn: 1e3\no: "0400"\n',
    'multi-document with empty documents': '---\n---\napiVersion: v1\nkind: ConfigMap\n...\n---\n# only a comment\n---\na: 1\n',
    'List items': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: a}\n',
    'aliases and merge keys': 'base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n',
    'alias bomb': 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: &h [*g, *g]\ni: &i [*h, *h]\nj: &j [*i, *i]\nk: &k [*j, *j]\n',
    'duplicate keys': 'a: 1\na: 2\n',
    'null and collection keys': '~: 1\n? [a, b]\n: 2\n',
    'flow sequence key': 'x: {[a]: 1}\n',
    'explicit tags': 'a: !!binary aGk=\nb: !!str 12\nc: !Ref x\n',
    'a YAML 1.2 directive': '%YAML 1.2\n---\na: yes\n',
    'Windows line ends and block scalars': 'a: |\r\n  one\r\n  two\r\nb: >-\r\n  x\r\n  y\r\n',
    'bullets that look like aliases': 'description: |\n  * one\n  * two\nx: "*y"\n',
    'a parse error': 'a: [1, 2\nb: 3\n',
    'a carriage return inside a line': 'a: 1\rb: 2\nc: "x\ry"\n',
    'a tab before content': '\t\u00a0',
    'tabs in indentation': 'a:\n\tb: 1\n',
    'Unicode line separators': 'a: x\u2028y\nb: x\u0085y\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { fast, slow } = both(text);
      expect(fast).toEqual(slow);
    });
  }
});

// The whole corpus is compared by `npm run bench`; here a fixed sample keeps the suite quick.
const corpus = path.resolve('..', 'shared', 'corpus', 'real');
describe.runIf(existsSync(corpus))('fast path on a sample of the corpus', () => {
  it('gives the same findings as the yaml path', () => {
    const all = discover(corpus, ['.'], { include: [], exclude: [] }).files;
    const files = all.filter((_, i) => i % 20 === 0);
    const run = (fast: boolean) => {
      setFastPath(fast);
      return scan({ files, repo: diskRepo(corpus), rules: RULES });
    };
    const slow = run(false);
    const fast = run(true);
    expect(fast.findings.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
  });
});
