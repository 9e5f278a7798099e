import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveWords, isRedactingSed, outputFate, parseScript, shellInvocation } from '../../src/rules/shell-words.js';

const names = (script: string) => parseScript(script).map((p) => p.commands.map((c) => effectiveWords(c.words).map((w) => w.text).join(' ')));

describe('parseScript', () => {
  it('splits commands on ; && || newlines and pipelines on |', () => {
    expect(names("env | sed 's/=.*/=x/'; printenv | wc -l && exec app --port 9\nls")).toEqual([
      ['env', 'sed s/=.*/=x/'],
      ['printenv', 'wc -l'],
      ['app --port 9'],
      ['ls'],
    ]);
  });

  it('keeps quoted operators inside words and removes quotes', () => {
    expect(names(`echo "a; b | c" 'd && e'`)).toEqual([['echo a; b | c d && e']]);
  });

  it('records variables, and substitutions separately from them', () => {
    const [p] = parseScript('echo "pw=$DB_PASSWORD ${API_KEY:-none}" $(cat /etc/secret/token) `id`');
    const words = p.commands[0].words;
    expect(words[1].vars).toEqual(['DB_PASSWORD', 'API_KEY']);
    expect(words[2].vars).toEqual([]);
    expect(words[2].substitutions).toEqual(['cat /etc/secret/token']);
    expect(words[3].substitutions).toEqual(['id']);
  });

  it('reads Kubernetes $(NAME) references as variables', () => {
    expect(parseScript('echo $(DB_PASSWORD)')[0].commands[0].words[1].vars).toEqual(['DB_PASSWORD']);
  });

  it('takes assignments, redirections, comments and reserved words out of commands', () => {
    const [p, q] = parseScript('TOKEN=$(cat /s/t) FOO=1 cmd arg 2>&1 >/dev/null # note\nif true; then echo ok; fi');
    expect(p.commands[0].assignments.map((a) => a.text)).toEqual(['TOKEN=$(cat /s/t)', 'FOO=1']);
    expect(p.commands[0].words.map((w) => w.text)).toEqual(['cmd', 'arg']);
    expect(p.commands[0].redirects).toEqual([
      { fd: '2', op: '>&', target: '1' },
      { fd: '1', op: '>', target: '/dev/null' },
    ]);
    expect(q.commands[0].words.map((w) => w.text)).toEqual(['true']);
  });

  it('gives each command its 0-based line, across continuations and heredocs', () => {
    const script = 'set -e\ncurl \\\n  -H x\ncat <<EOF > /tmp/f\n$SECRET\nEOF\necho done\n';
    expect(parseScript(script).map((p) => p.line)).toEqual([0, 1, 3, 6]);
  });

  it('skips for/case headers', () => {
    expect(names('for f in /a /b; do [ -s "$f" ] || exit 1; done')).toEqual([['[ -s $f ]'], ['exit 1']]);
  });

  it('never throws and stays fast on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => Array.isArray(parseScript(s))), { numRuns: 300 });
    const nasty = `${'$('.repeat(5000)}${'"'.repeat(5000)}${"'$".repeat(5000)}${'\\'.repeat(5001)}`;
    const t = performance.now();
    parseScript(nasty);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('effectiveWords and shellInvocation', () => {
  it('takes wrappers off', () => {
    expect(names('exec nohup env A=1 B=2 app -v')).toEqual([['app -v']]);
    expect(names('env -0')).toEqual([['env -0']]);
  });

  it.each([
    [['sh', '-c', 'x'], { scriptIndex: 2, xtrace: false }],
    [['/bin/bash', '-lc', 'x'], { scriptIndex: 2, xtrace: false }],
    [['bash', '-x', '-c', 'x'], { scriptIndex: 3, xtrace: true }],
    [['tini', '--', 'sh', '-ec', 'x'], { scriptIndex: 4, xtrace: false }],
    [['sh', '/entry.sh'], undefined],
    [['python', '-c', 'x'], undefined],
  ])('reads %j', (argv, expected) => {
    expect(shellInvocation(argv)).toEqual(expected);
  });
});

describe('outputFate', () => {
  const fate = (script: string) => outputFate(parseScript(script)[0], 0);
  it.each([
    ['env', 'printed'],
    ["env | grep '^AWS_'", 'printed'],
    ["env | grep '^AWS_' | sed 's/=.*/=<redacted>/'", 'redacted'],
    ['env | cut -d= -f1 | sort', 'redacted'],
    ["env | awk -F= '{print $1}'", 'redacted'],
    ['printenv | wc -l', 'redacted'],
    ['env | grep -c AWS', 'redacted'],
    ['env > /tmp/env.txt', 'discarded'],
    ['env >&2', 'printed'],
    ['echo "$PASS" | docker login --password-stdin', 'consumed'],
    ['cat /s/token | head -c 4', 'prefix'],
    ['cat /s/token | base64', 'printed'],
    ['env | tee /tmp/x', 'printed'],
  ])('%s → %s', (script, expected) => {
    expect(fate(script)).toBe(expected);
  });

  it.each([
    ["s/=.*/=<redacted>/", true],
    ['s|=.*||', true],
    ['s/\\(.*\\)=.*/\\1/', true],
    ['s/foo/bar/', false],
    ['s/=/: /', false],
  ])('sed %s redacts: %s', (expr, expected) => {
    expect(isRedactingSed([{ text: 'sed', vars: [], substitutions: [] }, { text: expr, vars: [], substitutions: [] }])).toBe(expected);
  });
});
