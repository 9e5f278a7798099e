import { describe, expect, it } from 'vitest';
import { decodeSource, isSourceProblem, loadFile, MAX_FILE_BYTES, type SourceFile } from '../../src/manifests/index.js';

const src = (text: string, path = 'm.yaml'): SourceFile => ({ path, text, bytes: text.length });

describe('loadFile reads YAML as Kubernetes does', () => {
  it('resolves YAML 1.1 scalars: octal 0400, yes/on booleans, the key y', () => {
    const [doc] = loadFile(src('a: 0400\nb: yes\nc: on\ny: 1\nd: "0400"\n')).documents;
    expect(doc.value).toEqual({ a: 256, b: true, c: true, true: 1, d: '0400' });
  });

  it('keeps dates and colon-separated numbers as strings (go-yaml does)', () => {
    const [doc] = loadFile(src('a: 2025-01-15\nb: 12:30\n')).documents;
    expect(doc.value).toEqual({ a: '2025-01-15', b: '12:30' });
  });

  it('merges << keys and locates a merged value at its anchor', () => {
    const text = 'base: &b\n  token: x1\nkind: ConfigMap\napiVersion: v1\ndata:\n  <<: *b\n  other: z\n';
    const [doc] = loadFile(src(text)).documents;
    expect((doc.value as { data: object }).data).toEqual({ token: 'x1', other: 'z' });
    expect(doc.locate(['data', 'token']).startLine).toBe(2);
    expect(doc.locate(['data', 'other']).startLine).toBe(7);
  });

  it('splits documents, ignores empty ones and separators with comments', () => {
    const text = '--- # first\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\n# only a comment\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n';
    const docs = loadFile(src(text)).documents;
    expect(docs.map((d) => [d.kind, d.name, d.locateObject().startLine])).toEqual([
      ['ConfigMap', 'a', 3],
      ['Secret', 'b', 10],
    ]);
  });

  it('expands List items, each with its own lines', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: s}\n  stringData:\n    k: v\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n';
    const docs = loadFile(src(text)).documents;
    expect(docs.map((d) => [d.kind, d.item, d.locateObject().startLine])).toEqual([
      ['Secret', 0, 4],
      ['ConfigMap', 1, 9],
    ]);
    expect(docs[0].locate(['stringData', 'k']).startLine).toBe(8);
  });

  it('reads JSON manifests with positions', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "stringData": {\n    "token": "abc"\n  }\n}\n';
    const [doc] = loadFile(src(text, 'x.json')).documents;
    expect(doc.kind).toBe('Secret');
    expect(doc.locate(['stringData', 'token']).startLine).toBe(5);
  });

  it('keeps line numbers with CRLF and strips the BOM', () => {
    const text = 'apiVersion: v1\r\nkind: Secret\r\nstringData:\r\n  pw: abc\r\n';
    const decoded = decodeSource('c.yaml', new TextEncoder().encode('\ufeff' + text));
    if (isSourceProblem(decoded)) throw new Error('unexpected');
    const [doc] = loadFile(decoded).documents;
    expect((doc.value as { stringData: { pw: string } }).stringData.pw).toBe('abc');
    expect(doc.locate(['stringData', 'pw']).startLine).toBe(4);
  });

  it('lands a block scalar on its key line and an inner line on its own line', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  app.properties: |\n    a=1\n    password=x\n';
    const [doc] = loadFile(src(text)).documents;
    expect(doc.locate(['data', 'app.properties']).startLine).toBe(4);
    expect(doc.locate(['data', 'app.properties'], 1).startLine).toBe(6);
  });

  it('reports a syntax error at its line and keeps the next document', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "x" y\n---\napiVersion: v1\nkind: Secret\n';
    const loaded = loadFile(src(text));
    expect(loaded.problems.map((p) => p.line)).toEqual([4]);
    expect(loaded.documents.map((d) => d.kind)).toEqual(['Secret']);
  });

  it('reports a duplicate key on its second occurrence', () => {
    const loaded = loadFile(src('apiVersion: v1\nkind: ConfigMap\nkind: Secret\n'));
    expect(loaded.problems).toMatchObject([{ line: 3, reason: expect.stringContaining('duplicate key') }]);
  });

  it('recognises a template that does not parse, and scans one that does', () => {
    expect(loadFile(src('apiVersion: v1\nkind: {{ .Values.kind }}\n  {{- toYaml .Values.x | nindent 2 }}\n')).status).toBe('template');
    const parses = loadFile(src('apiVersion: v1\nkind: ConfigMap\ndata:\n  t: "{{ not a template }}"\n'));
    expect(parses.status).toBe('yaml');
    expect(parses.documents).toHaveLength(1);
    expect(loadFile(src('kind: x\n'), { inChartTemplates: true }).status).toBe('template');
  });

  it('classifies documents that are not Kubernetes objects', () => {
    expect(loadFile(src('on: push\njobs: {}\n', '.github/workflows/ci.yaml')).documents[0].role).toBe('other');
    expect(loadFile(src('resources: [a.yaml]\n', 'k/kustomization.yaml')).documents[0].role).toBe('kustomization');
    expect(loadFile(src('image: {tag: x}\n', 'chart/values.yaml')).documents[0].role).toBe('helm-values');
  });

  it('reports an alias bomb instead of expanding it', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const loaded = loadFile(src(text));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0].reason).toContain('alias');
  });
});

describe('decodeSource', () => {
  it('reports invalid UTF-8 with its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nb: '), 0xff, 0x0a]);
    expect(decodeSource('x.yaml', bytes)).toMatchObject({ line: 2, column: 4, reason: expect.stringContaining('UTF-8') });
  });
  it('reports a binary file', () => {
    expect(decodeSource('x.yaml', new Uint8Array([0x61, 0, 0x62]))).toMatchObject({ line: 1, reason: expect.stringContaining('binary') });
  });
  it('refuses a file over the size bound without reading it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(decodeSource('x.yaml', big)).toMatchObject({ reason: expect.stringContaining('limit') });
  });
});

describe('loadFile on broken input', () => {
  it('still reads a document whose only problem is a duplicate key (its values are committed all the same)', () => {
    const loaded = loadFile(src('apiVersion: v1\nkind: Secret\ntype: Opaque\ntype: Opaque\nstringData:\n  password: x\n'));
    expect(loaded.problems.map((p) => p.line)).toEqual([4]);
    expect(loaded.documents.map((d) => d.kind)).toEqual(['Secret']);
  });

  it('reports a parse error, not a template, when the YAML breaks away from any {{ }}', () => {
    const text = '{% raw %}\napiVersion: v1\nkind: ConfigMap\ndata:\n  url: "postgres://{{ .user }}@db"\n{% endraw %}\n';
    const loaded = loadFile(src(text));
    expect(loaded.status).toBe('yaml');
    expect(loaded.problems[0].line).toBe(1);
  });

  it('never quotes a source token in a parse error', () => {
    const loaded = loadFile(src('{% raw %}\napiVersion: fake-Token-Gx5-wren\n'));
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(loaded.problems)).not.toContain('fake-Token-Gx5-wren');
  });
});

describe('duplicate keys', () => {
  it('reports the first repeated key in source order, in nested maps and in sequences', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {x: "1", x: "2"}\ndata:\n  k: v\n  k: w\n';
    const loaded = loadFile(src(text));
    expect(loaded.problems.map((p) => [p.line, p.column])).toEqual([[5, 20]]);
    expect(loaded.documents).toHaveLength(1);
  });

  it('finds a duplicate among many keys (the check is a set per map, not the parser pairwise one)', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `  k${i}: v`);
    keys.push('  k7: again');
    // An alias keeps the fast path away, so the `yaml` parser's path is the one under test.
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: &a big}\ndata:\n${keys.join('\n')}\n  alias: *a\n`;
    const loaded = loadFile(src(text));
    expect(loaded.problems.map((p) => p.line)).toEqual([20005]);
  });

  it('treats the number 1 and the string "1" as different keys, as the parser does', () => {
    expect(loadFile(src('a:\n  1: x\n  "1": y\n')).problems).toEqual([]);
  });
});

describe('hostile nesting', () => {
  it('reports 10,000 levels of nesting as too deep, in words', () => {
    const loaded = loadFile(src(`a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`));
    expect(loaded.problems.map((p) => p.reason)).toEqual(['nested too deeply to read safely']);
  });
});
