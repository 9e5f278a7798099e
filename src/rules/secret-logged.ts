import { isCredentialKey } from '../detect/index.js';
import type { YamlPath } from '../manifests/index.js';
import { containersOf, envRefsOf, podSpecOf, POD_KINDS, secretMountPaths, valueAt, type ContainerAt } from './pod-spec.js';
import {
  assignmentName,
  baseName,
  effectiveWords,
  isPrefixStage,
  outputFate,
  parseScript,
  shellInvocation,
  type Pipeline,
  type ShellCommand,
  type ShellWord,
} from './shell-words.js';
import type { Problem, Rule } from './types.js';

/** Commands that list the whole environment when given no names. */
const ENV_DUMPS = new Set(['env', 'printenv', 'set', 'export', 'declare', 'typeset']);
/** Commands that print a file's content. */
const FILE_PRINTERS = new Set([
  'cat', 'head', 'tail', 'less', 'more', 'strings', 'xxd', 'od', 'hexdump', 'base64', 'jq', 'yq', 'nl', 'tac', 'grep', 'egrep', 'awk', 'sed',
]);

/** Where a container runs commands: its entrypoint, hooks and exec probes. */
const EXEC_PLACES: readonly { path: readonly string[]; where: string }[] = [
  { path: ['lifecycle', 'postStart', 'exec', 'command'], where: 'postStart hook' },
  { path: ['lifecycle', 'preStop', 'exec', 'command'], where: 'preStop hook' },
  { path: ['livenessProbe', 'exec', 'command'], where: 'liveness probe' },
  { path: ['readinessProbe', 'exec', 'command'], where: 'readiness probe' },
  { path: ['startupProbe', 'exec', 'command'], where: 'startup probe' },
];

/** What a container holds that must not reach its logs. */
interface SecretMaterial {
  /** Env var names whose values come from a Secret (secretKeyRef, or a script variable set from one). */
  vars: Set<string>;
  /** Prefixes of envFrom Secrets: their keys are unknown here. */
  envFromPrefixes: string[];
  /** Env var names the container sets from something else (a literal, a ConfigMap): env wins over envFrom. */
  notSecret: Set<string>;
  /** Whether any env var comes from a Secret, so an environment dump prints one. */
  anyEnv: boolean;
  /** Mount paths of secret volumes. */
  mounts: string[];
}

function materialOf(pod: NonNullable<ReturnType<typeof podSpecOf>>, c: ContainerAt): SecretMaterial {
  const refs = envRefsOf(c);
  const vars = new Set<string>();
  const plain = new Set<string>();
  const env = c.container.env;
  if (Array.isArray(env)) for (const e of env) if (e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string') plain.add((e as { name: string }).name);
  const prefixes: string[] = [];
  for (const r of refs) {
    if (r.kind !== 'Secret') continue;
    if (r.via === 'env' && r.envName) vars.add(r.envName);
    if (r.via === 'envFrom') prefixes.push(r.prefix ?? '');
  }
  for (const name of vars) plain.delete(name);
  return {
    vars,
    envFromPrefixes: prefixes,
    notSecret: plain,
    anyEnv: vars.size > 0 || prefixes.length > 0,
    mounts: secretMountPaths(pod, c),
  };
}

/** A variable is secret when a secretKeyRef sets it, or an envFrom Secret may and its name says credential. */
function isSecretVar(m: SecretMaterial, name: string): boolean {
  if (m.vars.has(name)) return true;
  if (m.notSecret.has(name)) return false;
  return m.envFromPrefixes.some((p) => name.startsWith(p) && isCredentialKey(name.slice(p.length)));
}

function underMount(m: SecretMaterial, text: string): string | undefined {
  for (const mount of m.mounts) {
    const base = mount.replace(/\/+$/, '');
    if (base && (text === base || text.startsWith(`${base}/`))) return text;
  }
  return undefined;
}

/** Secret material a word uses: a secret variable, or a path under a secret mount (also inside substitutions). */
function secretUse(m: SecretMaterial, words: readonly ShellWord[]): string | undefined {
  for (const w of words) {
    const v = w.vars.find((x) => isSecretVar(m, x));
    if (v) return `$${v}`;
    const p = underMount(m, w.text);
    if (p) return p;
    for (const sub of w.substitutions) {
      for (const inner of parseScript(sub)) {
        for (const cmd of inner.commands) {
          const use = secretUse(m, [...cmd.words, ...cmd.assignments]);
          if (use) return use;
        }
      }
    }
  }
  return undefined;
}

interface Hit {
  messageId: 'envDump' | 'echo' | 'catFile' | 'prefix' | 'xtrace' | 'xtraceShell';
  line: number;
  what: string;
}

/** Whether a command prints the environment, a secret variable, or a secret file; and what. */
function sourceOf(m: SecretMaterial, cmd: ShellCommand): { kind: 'envDump' | 'echo' | 'catFile'; what: string; prefix: boolean } | undefined {
  const words = effectiveWords(cmd.words);
  if (words.length === 0) return undefined;
  const name = baseName(words[0].text);
  const rest = words.slice(1);
  const operands = rest.filter((w) => !w.text.startsWith('-') && !w.text.startsWith('+'));
  if (ENV_DUMPS.has(name) && m.anyEnv) {
    const listsAll =
      (name === 'env' && operands.length === 0) ||
      (name === 'printenv' && operands.length === 0) ||
      (name === 'set' && rest.length === 0) ||
      (name === 'export' && operands.length === 0 && (rest.length === 0 || rest.some((w) => w.text === '-p'))) ||
      ((name === 'declare' || name === 'typeset') && operands.length === 0 && rest.some((w) => /^-[a-zA-Z]*[xp]/.test(w.text)));
    if (listsAll) return { kind: 'envDump', what: name, prefix: false };
  }
  if (name === 'printenv') {
    const v = operands.find((w) => isSecretVar(m, w.text));
    if (v) return { kind: 'echo', what: `printenv ${v.text}`, prefix: false };
  }
  if (name === 'echo' || name === 'printf' || name === 'print') {
    for (const w of rest) {
      const v = w.vars.find((x) => isSecretVar(m, x));
      if (v) return { kind: 'echo', what: `${name} $${v}`, prefix: false };
    }
  }
  if (FILE_PRINTERS.has(name)) {
    if (name === 'grep' && rest.some((w) => /^-[a-zA-Z]*[cqlL]/.test(w.text))) return undefined;
    for (const w of operands) {
      const p = underMount(m, w.text);
      if (p) return { kind: 'catFile', what: `${name} ${p}`, prefix: isPrefixStage(words) };
    }
  }
  return undefined;
}

/** Reads one script (or one exec-form command) and reports what it prints of the secret material. */
function readScript(m: SecretMaterial, pipelines: Pipeline[], xtraceFromStart: boolean): Hit[] {
  const hits: Hit[] = [];
  let xtrace: { line: number; shell: boolean } | undefined = xtraceFromStart ? { line: 0, shell: true } : undefined;
  let xtraceReported = false;
  for (const p of pipelines) {
    p.commands.forEach((cmd, k) => {
      // `TOKEN=$(cat /etc/secret/token)`: TOKEN now holds secret material too.
      for (const a of cmd.assignments) {
        const name = assignmentName(a.text);
        if (name && secretUse(m, [a])) m.vars.add(name);
      }
      const words = effectiveWords(cmd.words);
      const name = baseName(words[0]?.text ?? '');
      if (name === 'export' || name === 'local' || name === 'readonly') {
        for (const w of words.slice(1)) {
          const v = assignmentName(w.text);
          if (v && secretUse(m, [w])) m.vars.add(v);
        }
      }
      if (name === 'set') {
        for (let j = 1; j < words.length; j++) {
          const t = words[j].text;
          const on = t.startsWith('-') && (t.includes('x') || (t === '-o' && words[j + 1]?.text === 'xtrace'));
          const off = t.startsWith('+') && (t.includes('x') || (t === '+o' && words[j + 1]?.text === 'xtrace'));
          if (on && !xtrace) xtrace = { line: cmd.line, shell: false };
          if (off) xtrace = undefined;
        }
      } else if (xtrace && !xtraceReported && secretUse(m, [...cmd.words, ...cmd.assignments])) {
        hits.push({ messageId: xtrace.shell ? 'xtraceShell' : 'xtrace', line: xtrace.line, what: secretUse(m, [...cmd.words, ...cmd.assignments]) ?? '' });
        xtraceReported = true;
      }
      const src = sourceOf(m, cmd);
      if (!src) return;
      const fate = outputFate(p, k);
      if (fate === 'redacted' || fate === 'consumed' || fate === 'discarded') return;
      const prefix = src.prefix || fate === 'prefix';
      hits.push({ messageId: prefix ? 'prefix' : src.kind, line: cmd.line, what: src.what });
    });
  }
  return hits;
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** Every argv a container runs, with the path of each element: entrypoint (command + args), hooks, probes. */
function argvsOf(c: ContainerAt): { argv: string[]; paths: YamlPath[]; where: string }[] {
  const out: { argv: string[]; paths: YamlPath[]; where: string }[] = [];
  const command = strings(c.container.command) ?? [];
  const args = strings(c.container.args) ?? [];
  if (command.length || args.length) {
    out.push({
      argv: [...command, ...args],
      paths: [...command.map((_, i) => [...c.path, 'command', i]), ...args.map((_, i) => [...c.path, 'args', i])],
      where: 'command',
    });
  }
  for (const place of EXEC_PLACES) {
    const argv = strings(valueAt(c.container, place.path));
    if (argv?.length) out.push({ argv, paths: argv.map((_, i) => [...c.path, ...place.path, i]), where: place.where });
  }
  return out;
}

function wordsOf(texts: readonly string[]): ShellWord[] {
  // Exec form: no shell, but Kubernetes still expands `$(NAME)` in every element.
  return texts.map((text) => {
    const vars: string[] = [];
    let at = text.indexOf('$(');
    while (at >= 0) {
      const end = text.indexOf(')', at);
      if (end < 0) break;
      vars.push(text.slice(at + 2, end));
      at = text.indexOf('$(', end);
    }
    return { text, vars, substitutions: [] };
  });
}

/** A container that prints secret material into its logs. */
export const secretLogged: Rule = {
  meta: {
    id: 'secret-logged',
    title: 'Secret material printed into container logs',
    defaultSeverity: 'warning',
    messages: {
      envDump:
        '{resource} container {container} ({where}) runs `{what}`, which prints every environment variable into the logs, including the ones it reads from Secrets. Print names only (`env | cut -d= -f1`) or redact (`sed \'s/=.*/=<redacted>/\'`).',
      echo: '{resource} container {container} ({where}) runs `{what}`, and that variable comes from a Secret: its value goes into the logs. Print that it is set, not its value.',
      catFile:
        '{resource} container {container} ({where}) runs `{what}`, a file of a mounted Secret: its content goes into the logs. Check it with `test -s` instead.',
      prefix:
        '{resource} container {container} ({where}) prints the first bytes of secret material (`{what}`); a prefix narrows guessing and identifies the credential. Print its length or that it is set.',
      xtrace:
        '{resource} container {container} ({where}) turns on `set -x`, then uses {what}: the shell traces the expanded value into the logs. Turn tracing off (`set +x`) around commands that use secrets.',
      xtraceShell:
        '{resource} container {container} ({where}) starts the shell with -x, and the script uses {what}: the shell traces the expanded value into the logs. Drop -x.',
    },
    remediation: 'Never print secret values: log that a credential is present (`test -n`, `test -s`), its length or its name, and keep `set -x` off around commands that use one.',
    crossReferences: [],
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems: Problem[] = [];
    for (const c of containersOf(pod)) {
      const m = materialOf(pod, c);
      if (!m.anyEnv && m.mounts.length === 0) continue;
      for (const run of argvsOf(c)) {
        const shell = shellInvocation(run.argv);
        let hits: Hit[];
        let path: YamlPath;
        if (shell) {
          const script = run.argv[shell.scriptIndex];
          if (script === undefined) continue;
          path = run.paths[shell.scriptIndex];
          hits = readScript(m, parseScript(script), shell.xtrace);
        } else {
          path = run.paths[0].slice(0, -1);
          hits = readScript(m, [{ commands: [{ words: wordsOf(run.argv), assignments: [], redirects: [], line: 0 }], line: 0 }], false);
        }
        const seen = new Set<string>();
        for (const h of hits) {
          const key = `${h.messageId}@${h.line}`;
          if (seen.has(key)) continue;
          seen.add(key);
          problems.push({
            messageId: h.messageId,
            path,
            innerLine: h.line,
            severity: h.messageId === 'prefix' ? 'notice' : undefined,
            params: { container: c.name, where: run.where, what: h.what },
          });
        }
      }
    }
    return problems;
  },
};
