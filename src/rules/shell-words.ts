/**
 * A small reader for the shell scripts containers run (`sh -c '…'`): enough to see commands,
 * pipelines, redirections and variable references — not a shell. It scans character by character
 * (no backtracking regexes), so any input is read in linear time.
 */

/** One word of a command, with its quotes removed and what it expands. */
export interface ShellWord {
  /** The text without quotes; expansions stay as written (`$TOKEN`, `$(cat f)`). */
  text: string;
  /** Variables expanded directly in the word (`$A`, `${A}`, `${A:-x}`). */
  vars: string[];
  /** The text of command substitutions in the word (`$(…)`, backticks): they run, their output is not printed. */
  substitutions: string[];
}

/** A redirection of a command's input or output. */
export interface Redirect {
  /** The file descriptor redirected (1 for stdout unless written), or `&` for `&>`. */
  fd: string;
  /** `>`, `>>`, `<`, `<<`, `>&`, … */
  op: string;
  /** The target word (`/dev/null`, `2`, a path), empty when missing. */
  target: string;
}

/** A simple command: its words (assignments and redirections taken out) and where it starts. */
export interface ShellCommand {
  words: ShellWord[];
  /** `NAME=value` words before the command name. */
  assignments: ShellWord[];
  redirects: Redirect[];
  /** 0-based line of the script the command starts on. */
  line: number;
}

/** Commands joined by `|`: each one's output is the next one's input. */
export interface Pipeline {
  commands: ShellCommand[];
  line: number;
}

/** Scripts longer than this are read only up to it: manifests never hold larger ones. */
const MAX_SCRIPT = 200_000;

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r';
const isNameStart = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isNameChar = (c: string | undefined): boolean => isNameStart(c) || (c !== undefined && c >= '0' && c <= '9');
const isDigits = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

/** The name of a `NAME=value` assignment word, or undefined. */
export function assignmentName(text: string): string | undefined {
  if (!isNameStart(text[0])) return undefined;
  let i = 1;
  while (isNameChar(text[i])) i++;
  return text[i] === '=' ? text.slice(0, i) : undefined;
}

type Token =
  | { type: 'word'; word: ShellWord; line: number }
  | { type: 'op'; op: string; line: number }
  | { type: 'redirect'; fd: string; op: string; line: number };

/** Reads a script into pipelines, in order. Never throws. */
export function parseScript(input: string): Pipeline[] {
  return group(tokenize(input.slice(0, MAX_SCRIPT)));
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 0;
  const heredocs: { delim: string; strip: boolean }[] = [];

  const readWord = (): ShellWord => {
    let text = '';
    const vars: string[] = [];
    const substitutions: string[] = [];
    const readDollar = (): void => {
      // at s[i] === '$'
      const n = s[i + 1];
      if (n === '(') {
        const start = i + 2;
        let depth = 1;
        let j = start;
        let quote = '';
        while (j < s.length && depth > 0) {
          const c = s[j];
          if (quote) {
            if (c === '\\' && quote === '"') j++;
            else if (c === quote) quote = '';
          } else if (c === "'" || c === '"') quote = c;
          else if (c === '\\') j++;
          else if (c === '(') depth++;
          else if (c === ')') depth--;
          if (c === '\n') line++;
          j++;
        }
        const inner = s.slice(start, depth === 0 ? j - 1 : j);
        substitutions.push(inner);
        // Kubernetes expands `$(NAME)` in command and args before any shell runs.
        if (isNameStart(inner[0]) && [...inner].every(isNameChar)) vars.push(inner);
        text += s.slice(i, j);
        i = j;
        return;
      }
      if (n === '{') {
        let j = i + 2;
        while (j < s.length && s[j] !== '}' && s[j] !== '\n') j++;
        const inner = s.slice(i + 2, j);
        let k = 0;
        if (inner[0] === '#' || inner[0] === '!') k = 1;
        let e = k;
        while (isNameChar(inner[e])) e++;
        if (e > k) vars.push(inner.slice(k, e));
        text += s.slice(i, j + 1);
        i = j + 1;
        return;
      }
      if (isNameStart(n)) {
        let j = i + 1;
        while (isNameChar(s[j])) j++;
        vars.push(s.slice(i + 1, j));
        text += s.slice(i, j);
        i = j;
        return;
      }
      text += '$';
      i++;
    };
    const readBacktick = (): void => {
      let j = i + 1;
      while (j < s.length && s[j] !== '`') {
        if (s[j] === '\\') j++;
        if (s[j] === '\n') line++;
        j++;
      }
      substitutions.push(s.slice(i + 1, j));
      text += s.slice(i, j + 1);
      i = j + 1;
    };
    while (i < s.length) {
      const c = s[i];
      if (isSpace(c) || c === '\n' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>' || c === '(' || c === ')') break;
      if (c === '\\') {
        if (s[i + 1] === '\n') {
          line++;
          i += 2;
          continue;
        }
        text += s[i + 1] ?? '';
        i += 2;
      } else if (c === "'") {
        const end = s.indexOf("'", i + 1);
        const j = end < 0 ? s.length : end;
        const inner = s.slice(i + 1, j);
        for (const ch of inner) if (ch === '\n') line++;
        text += inner;
        i = j + 1;
      } else if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) {
            if (s[i + 1] === '\n') line++;
            else text += s[i + 1];
            i += 2;
          } else if (s[i] === '$') readDollar();
          else if (s[i] === '`') readBacktick();
          else {
            if (s[i] === '\n') line++;
            text += s[i];
            i++;
          }
        }
        i++;
      } else if (c === '$') readDollar();
      else if (c === '`') readBacktick();
      else {
        text += c;
        i++;
      }
    }
    return { text, vars, substitutions };
  };

  const skipHeredocs = (): void => {
    // at the start of the line after a `<<DELIM` command: skip the body up to the delimiter line
    for (const h of heredocs.splice(0)) {
      while (i < s.length) {
        let end = s.indexOf('\n', i);
        if (end < 0) end = s.length;
        const text = s.slice(i, end);
        i = end + 1;
        line++;
        if ((h.strip ? text.replace(/^\t+/, '') : text).trim() === h.delim) break;
      }
    }
  };

  while (i < s.length) {
    const c = s[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '\\' && s[i + 1] === '\n') {
      i += 2;
      line++;
    } else if (c === '\n') {
      tokens.push({ type: 'op', op: '\n', line });
      i++;
      line++;
      if (heredocs.length) skipHeredocs();
    } else if (c === '#') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      const two = s.slice(i, i + 2);
      if (two === '&>') {
        i += 2;
        const op = s[i] === '>' ? '>>' : '>';
        if (s[i] === '>') i++;
        tokens.push({ type: 'redirect', fd: '&', op, line });
      } else if (two === '&&' || two === '||' || two === ';;' || two === '|&') {
        tokens.push({ type: 'op', op: two, line });
        i += 2;
      } else {
        tokens.push({ type: 'op', op: c, line });
        i++;
      }
    } else if (c === '<' || c === '>') {
      let op = c;
      i++;
      while (i < s.length && op.length < 3 && (s[i] === '<' || s[i] === '>' || s[i] === '&' || s[i] === '-' || s[i] === '|')) {
        op += s[i];
        i++;
      }
      const prev = tokens[tokens.length - 1];
      let fd = c === '<' ? '0' : '1';
      // `2>` : the digits just before belong to the redirection, not to the command's words.
      if (prev?.type === 'word' && isDigits(prev.word.text) && prev.word.vars.length === 0 && s[i - op.length - 1] !== ' ') {
        tokens.pop();
        fd = prev.word.text;
      }
      tokens.push({ type: 'redirect', fd, op, line });
      if (op === '<<' || op === '<<-') {
        while (isSpace(s[i] ?? '')) i++;
        const w = readWord();
        heredocs.push({ delim: w.text, strip: op === '<<-' });
        tokens.push({ type: 'word', word: w, line });
      }
    } else {
      const startLine = line;
      tokens.push({ type: 'word', word: readWord(), line: startLine });
    }
  }
  return tokens;
}

/** Words that start or shape a compound command; the command proper follows them. */
const RESERVED = new Set(['{', '}', '!', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'time', 'esac', 'in']);

function group(tokens: Token[]): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let commands: ShellCommand[] = [];
  let current: ShellCommand | undefined;
  let skipUntilSeparator = false;
  const endCommand = (): void => {
    if (current && (current.words.length || current.assignments.length || current.redirects.length)) commands.push(current);
    current = undefined;
  };
  const endPipeline = (): void => {
    endCommand();
    if (commands.length) pipelines.push({ commands, line: commands[0].line });
    commands = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'op') {
      skipUntilSeparator = false;
      if (t.op === '|' || t.op === '|&') endCommand();
      else endPipeline();
      continue;
    }
    if (skipUntilSeparator) continue;
    current ??= { words: [], assignments: [], redirects: [], line: t.line };
    if (t.type === 'redirect') {
      const next = tokens[k + 1];
      let target = '';
      if (next?.type === 'word') {
        target = next.word.text;
        k++;
      }
      current.redirects.push({ fd: t.fd, op: t.op, target });
      continue;
    }
    const text = t.word.text;
    if (current.words.length === 0) {
      if (RESERVED.has(text)) continue;
      // `for x in a b c` and `case x in`: the header is not a command.
      if (text === 'for' || text === 'case' || text === 'select' || text === 'function') {
        skipUntilSeparator = true;
        current = undefined;
        continue;
      }
      if (assignmentName(text)) {
        current.assignments.push(t.word);
        continue;
      }
      if (current.assignments.length === 0 && current.redirects.length === 0) current.line = t.line;
    }
    current.words.push(t.word);
  }
  endPipeline();
  return pipelines;
}

/** The last path segment of a command word (`/usr/bin/env` → `env`). */
export function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash < 0 ? word : word.slice(slash + 1);
}

/** Commands that run the rest of their words as another command. */
const WRAPPERS = new Set(['exec', 'command', 'nohup', 'sudo', 'nice', 'stdbuf', 'timeout', 'tini', 'dumb-init', '--']);

/**
 * The words of the command that actually runs, with wrappers (`exec`, `nohup`, `env A=b cmd`) and
 * their options taken off. `env` alone (or with only options) is itself the command.
 */
export function effectiveWords(words: readonly ShellWord[]): ShellWord[] {
  let w = [...words];
  for (let guard = 0; guard < 8 && w.length > 0; guard++) {
    const name = baseName(w[0].text);
    if (WRAPPERS.has(name)) {
      w = w.slice(1);
      while (w.length && w[0].text.startsWith('-')) w = w.slice(1);
      if (name === 'timeout' && w.length) w = w.slice(1);
      continue;
    }
    if (name === 'env') {
      const rest = w.slice(1).filter((x) => !x.text.startsWith('-') && !assignmentName(x.text));
      if (rest.length === 0) return w;
      const at = w.indexOf(rest[0]);
      w = w.slice(at);
      continue;
    }
    break;
  }
  return w;
}

/** A shell and its options, or undefined: `["sh", "-c", script]`, `["bash", "-lc"]`, `["/bin/sh", "-x", "-c"]`. */
export function shellInvocation(argv: readonly string[]): { scriptIndex: number; xtrace: boolean } | undefined {
  let k = 0;
  while (k < argv.length && WRAPPERS.has(baseName(argv[k]))) k++;
  if (k < argv.length && baseName(argv[k]) === 'env') k++;
  const shell = baseName(argv[k] ?? '');
  if (!['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh'].includes(shell)) return undefined;
  let xtrace = false;
  let command = false;
  for (k++; k < argv.length; k++) {
    const a = argv[k];
    if (a === '-o' && argv[k + 1] === 'xtrace') {
      xtrace = true;
      k++;
      continue;
    }
    if (!a.startsWith('-') || a === '-' || a === '--') break;
    if (a.includes('x')) xtrace = true;
    if (a.includes('c') && !a.startsWith('--')) command = true;
  }
  if (!command) return undefined;
  return { scriptIndex: k, xtrace };
}

/** What happens to the output of a pipeline stage's data once the stages after it ran. */
export type OutputFate = 'printed' | 'prefix' | 'redacted' | 'consumed' | 'discarded';

/** Commands that copy their input to their output (possibly filtered): a secret flows through them. */
const PASS_THROUGH = new Set([
  'cat', 'tee', 'sort', 'uniq', 'grep', 'egrep', 'fgrep', 'head', 'tail', 'tr', 'base64', 'xxd', 'od', 'hexdump',
  'less', 'more', 'column', 'sed', 'awk', 'gawk', 'mawk', 'cut', 'nl', 'fold', 'rev', 'jq', 'yq', 'strings', 'tac', 'paste', 'fmt',
]);
/** Commands whose output says nothing of the values they read. */
const SUMMARISERS = new Set(['wc', 'md5sum', 'sha1sum', 'sha256sum', 'sha512sum', 'shasum', 'cksum', 'true', ':', 'test', '[']);

const args = (words: readonly ShellWord[]): string[] => words.slice(1).map((w) => w.text);

/** A sed substitution whose pattern cuts everything after an equals sign, as in the redacting pipeline of the docs. */
export function isRedactingSed(words: readonly ShellWord[]): boolean {
  const a = args(words);
  for (let k = 0; k < a.length; k++) {
    let expr = a[k];
    if (expr === '-e' || expr === '--expression') expr = a[++k] ?? '';
    else if (expr.startsWith('-')) continue;
    if (expr.length < 4 || expr[0] !== 's') continue;
    const d = expr[1];
    const end = expr.indexOf(d, 2);
    const pattern = end < 0 ? expr.slice(2) : expr.slice(2, end);
    const eq = pattern.indexOf('=');
    if (eq < 0) continue;
    const after = pattern.slice(eq + 1);
    if (after.startsWith('.*') || after.startsWith('.+') || after.startsWith('[^') || after.startsWith('.\\+')) return true;
  }
  return false;
}

function hasEqualsDelimiter(a: readonly string[], flag: string): boolean {
  return a.some((x, k) => x === `${flag}=` || x === `${flag}'='` || (x === flag && a[k + 1] === '='));
}

/** `cut -d= -f1`: names only. */
function isRedactingCut(words: readonly ShellWord[]): boolean {
  const a = args(words);
  const fieldsOne = a.some((x, k) => x === '-f1' || (x === '-f' && a[k + 1] === '1') || x === '--fields=1');
  return fieldsOne && hasEqualsDelimiter(a, '-d');
}

/** `awk -F= '{print $1}'`: names only. */
function isRedactingAwk(words: readonly ShellWord[]): boolean {
  const a = args(words);
  if (!hasEqualsDelimiter(a, '-F')) return false;
  const program = a.find((x) => x.includes('print')) ?? '';
  return program.includes('$1') && !/\$(0|[2-9]|NF)/.test(program);
}

/** A stage that prints only the first bytes of its input (`head -c 4`, `cut -c1-4`). */
export function isPrefixStage(words: readonly ShellWord[]): boolean {
  const name = baseName(words[0]?.text ?? '');
  const a = args(words);
  if (name === 'head') return a.some((x) => x === '-c' || x.startsWith('-c') || x.startsWith('--bytes'));
  if (name === 'cut') return a.some((x) => x === '-c' || x.startsWith('-c') || x === '-b' || x.startsWith('-b'));
  return false;
}

/** True when a command sends its standard output to a file or /dev/null rather than the log. */
export function stdoutRedirected(cmd: ShellCommand): boolean {
  return cmd.redirects.some((r) => (r.fd === '1' || r.fd === '&') && (r.op === '>' || r.op === '>>' || r.op === '>|') && r.target !== '');
}

/**
 * What becomes of the output of stage `from` of a pipeline: printed to the log, cut to a prefix,
 * redacted, consumed by a program that does not print it, or sent to a file.
 */
export function outputFate(p: Pipeline, from: number): OutputFate {
  let prefix = false;
  for (let k = from; k < p.commands.length; k++) {
    const cmd = p.commands[k];
    const words = effectiveWords(cmd.words);
    if (k > from) {
      const name = baseName(words[0]?.text ?? '');
      if (SUMMARISERS.has(name)) return 'redacted';
      if (name === 'grep' && args(words).some((x) => /^-[a-zA-Z]*[cqlL]/.test(x) || x === '--count' || x === '--quiet')) return 'redacted';
      if (name === 'sed' && isRedactingSed(words)) return 'redacted';
      if (name === 'cut' && isRedactingCut(words)) return 'redacted';
      if ((name === 'awk' || name === 'gawk' || name === 'mawk') && isRedactingAwk(words)) return 'redacted';
      if (isPrefixStage(words)) prefix = true;
      else if (!PASS_THROUGH.has(name)) return 'consumed';
      // `tee file` still prints to stdout; other stages print unless redirected below.
    }
    if (stdoutRedirected(cmd)) return 'discarded';
  }
  return prefix ? 'prefix' : 'printed';
}
