import { describeResource, redact } from '../domain/index.js';
import { findFlagCredentials, findFormats, isCredentialKey, parseEmbedded, judgeFlag, judgeWithUrls, matchFormat, urlCredentialIn, type TextHit } from '../detect/index.js';
import type { ManifestDocument, YamlPath } from '../manifests/index.js';
import { containersOf, podSpecOf, valueAt } from './pod-spec.js';
import type { Problem, Rule } from './types.js';
import { documentLines, yamlComments } from './yaml-comments.js';
import { isObj, type Obj } from './plain.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Kinds whose content is ciphertext by design. */
const SAFE_KINDS = new Set(['SealedSecret', 'SopsSecret']);

/**
 * Kinds whose specs name secrets kept elsewhere (`remoteRef.key`, `objectName`): a credential-named key
 * there holds a reference, so only credential formats fire in them.
 */
const REFERENCE_KINDS = new Set(['ExternalSecret', 'ClusterExternalSecret', 'PushSecret', 'ClusterPushSecret', 'SecretProviderClass']);

/** A credential format or a URL with an inline password inside a text (not a judgement of its key). */
export function formatIn(text: string): TextHit | undefined {
  const format = matchFormat(text);
  if (format) {
    const index = Math.max(0, text.search(format.pattern));
    return { verdict: 'credential', what: format.name, index };
  }
  return urlCredentialIn(text, true);
}

/** API groups built into Kubernetes: their objects are not custom resources. */
function isBuiltIn(apiVersion: string): boolean {
  if (!apiVersion.includes('/')) return true;
  const group = apiVersion.slice(0, apiVersion.indexOf('/'));
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/** A Kubernetes object name (DNS-1123), the shape of a value that names another object or a key. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KEY_NAME = /^[-._a-zA-Z0-9]{1,253}$/;

/** Words that, before `secret`, make it a shared secret value (`clientSecret`) rather than a Secret's name. */
const SECRET_ROLES = new Set([
  'client', 'cookie', 'shared', 'app', 'api', 'jwt', 'webhook', 'hmac', 'session', 'consumer', 'token', 'signing', 'encryption',
  'master', 'oauth', 'access', 'admin', 'root', 'bootstrap', 'join', 'cluster', 'application', 'private',
]);

/**
 * Keys of custom resources and Helm values that name a Secret or a key inside one rather than hold
 * a value: `existingSecret*`, `secretName`, `secretKey` (external-secrets), `passwordKey: admin-password`,
 * `tlsSecret: web-tls`.
 */
function isReferenceField(key: string, value: string, parent: Obj | undefined): boolean {
  if (/^existing|(?:secret|Secret)(?:Name|Ref|KeyRef)$|(?:Name|Ref|Refs|Selector)$/.test(key)) return true;
  // `passwordSecret: {secretName: x, password: password}` (Strimzi): the keys name entries of that Secret.
  if (parent && (typeof parent.secretName === 'string' || typeof parent.secretRef === 'string')) return true;
  if (/^secret[-_]?keys?$/i.test(key) && KEY_NAME.test(value)) return true;
  // `http-password-secret-key: token`: a key-naming field whose value is itself a credential word.
  if (/key$/i.test(key) && /^[a-z][a-z0-9_.-]{0,62}$/i.test(value) && isCredentialKey(value)) return true;
  // `tower_auth_secret: toweraccess`, `tlsSecret: web-tls`: a Secret's name, not a shared secret.
  const role = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().match(/([a-z0-9]+)[-_.]secret$/)?.[1];
  if (role && !SECRET_ROLES.has(role) && OBJECT_NAME.test(value) && !/\d/.test(value)) return true;
  if (/(?:[a-z0-9]Key|[-_]key)$/.test(key) && !/(?:api|access|private|signing|encryption|master|secret|client|license|auth)[-_]?key$/i.test(key)) {
    return KEY_NAME.test(value) && !/[A-Z].*[0-9]|[0-9].*[A-Z]/.test(value);
  }
  if (/secrets?$/i.test(key) && OBJECT_NAME.test(value) && value.includes('-') && !/\d/.test(value)) return true;
  return false;
}

/** Paths that other rules own: a credential there is theirs, so this rule never reports it twice. */
function ownedPaths(doc: ManifestDocument): SkipSet {
  if (doc.role === 'kustomization') return skipSet([['secretGenerator'], ['configMapGenerator']]);
  const owned: YamlPath[] = [];
  if (doc.kind === 'Secret') owned.push(['data'], ['stringData']);
  if (doc.kind === 'ConfigMap') owned.push(['data'], ['binaryData']);
  const pod = podSpecOf(doc);
  if (pod) {
    for (const c of containersOf(pod)) {
      const env = c.container.env;
      if (Array.isArray(env)) env.forEach((_, i) => owned.push([...c.path, 'env', i, 'value']));
    }
  }
  return skipSet(owned);
}

/** Joins a path into a set key; only paths of the lengths a skip set holds are ever joined. */
const pathKey = (path: readonly (string | number)[]) => path.join('\u0000');

/** Paths to leave out of a walk, with the lengths they come in (so most nodes skip the lookup). */
interface SkipSet {
  keys: Set<string>;
  lengths: Set<number>;
}

function skipSet(paths: YamlPath[]): SkipSet {
  return { keys: new Set(paths.map(pathKey)), lengths: new Set(paths.map((p) => p.length)) };
}

type Visit = (text: string, path: readonly (string | number)[], key: string, parent: Obj | undefined) => void;

/**
 * Visits every string leaf with the key that holds it (array items inherit their list's key). The path
 * is one mutable stack: a visitor that keeps it must copy it.
 */
function walk(value: unknown, path: (string | number)[], key: string, visit: Visit, skip: SkipSet, parent?: Obj): void {
  if (skip.lengths.has(path.length) && skip.keys.has(pathKey(path))) return;
  if (typeof value === 'string') visit(value, path, key, parent);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, key, visit, skip, parent);
      path.pop();
    }
  } else if (isObj(value)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      walk(value[k], path, k, visit, skip, value);
      path.pop();
    }
  }
}

/** Lines of each file, split once however many documents it holds. */
const linesOf = new WeakMap<object, string[]>();

function fileLines(file: { text: string }): string[] {
  let lines = linesOf.get(file);
  if (!lines) {
    lines = file.text.split(/\r?\n/);
    linesOf.set(file, lines);
  }
  return lines;
}

/** Where a document's findings say they are: the object, the kustomization, or Helm values. */
function whereOf(doc: ManifestDocument): string {
  if (doc.role === 'helm-values') return 'Helm values';
  if (doc.role === 'kustomization') return `Kustomization ${doc.file}`;
  return describeResource({ kind: doc.kind || '(no kind)', namespace: doc.namespace || undefined, name: doc.name || undefined });
}

/** Dotted form of a YAML path for messages: `spec.template.spec.containers[0].args[1]`. */
function dotted(path: YamlPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** One problem for a value that holds a credential format. */
function formatProblem(messageId: string, path: YamlPath, text: string, hit: TextHit, params: Record<string, string | number>): Problem {
  const innerLine = text.includes('\n') ? text.slice(0, hit.index).split('\n').length - 1 : undefined;
  return {
    messageId: hit.verdict === 'weak' ? 'weak' : messageId,
    path,
    innerLine,
    params: { ...params, field: dotted(path), what: hit.what, length: [...text].length },
    severity: hit.verdict === 'weak' ? 'warning' : undefined,
    evidence: redact(text, hit.what),
  };
}

/** Keys whose strings are command lines: container command/args, and the scripts of CI custom resources. */
const COMMAND_KEYS = new Set(['command', 'args', 'script']);

/**
 * A credential passed as a command-line flag: `--password=…` inside the string, or an arg list's
 * `--password` followed by its value as the next item (reported on the value).
 */
function flagIn(text: string, stack: readonly (string | number)[], root: unknown): { flag: string; verdict: 'credential' | 'weak'; what: string; index: number; length: number } | undefined {
  const inline = findFlagCredentials(text)[0];
  if (inline) return inline;
  const i = stack[stack.length - 1];
  if (typeof i !== 'number' || i === 0) return undefined;
  const list = valueAt(root, stack.slice(0, -1));
  const previous = Array.isArray(list) ? list[i - 1] : undefined;
  const m = typeof previous === 'string' ? previous.match(/^--?([A-Za-z][\w.-]{1,60})$/) : null;
  if (!m) return undefined;
  const hit = judgeFlag(m[1], text);
  return hit ? { ...hit, flag: m[1], index: 0, length: [...text].length } : undefined;
}

/** A credential-named key inside an embedded YAML text, with its 0-based line in that text. */
interface EmbeddedHit {
  key: string;
  line: number;
  verdict: 'credential' | 'weak';
}

/**
 * Credential-named keys holding literals inside Helm values written as a YAML string (Argo CD's
 * `spec.source.helm.values: |`), judged as the values of a chart are.
 */
function embeddedValuesHits(text: string): EmbeddedHit[] {
  const file = parseEmbedded(text);
  if (file?.format !== 'yaml') return [];
  const hits: EmbeddedHit[] = [];
  for (const e of file.entries) {
    if (!isCredentialKey(e.key) || isReferenceField(e.key, e.value, undefined)) continue;
    const judged = judgeWithUrls(e.key, e.value);
    if (judged.verdict !== 'quiet') hits.push({ key: e.key, line: e.line, verdict: judged.verdict });
  }
  return hits;
}

/** The credential values inside a committed last-applied-configuration, counted by format only. */
function lastAppliedHits(json: string): TextHit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    const hit = formatIn(json);
    return hit && hit.verdict === 'credential' ? [hit] : [];
  }
  const hits: TextHit[] = [];
  walk(parsed, [], '', (text) => {
    const hit = formatIn(text);
    if (hit?.verdict === 'credential') hits.push(hit);
  }, skipSet([]));
  return hits;
}

/** A credential format anywhere else in a manifest, chart values or YAML comment; credential-named literals in custom resources and Helm values. */
export const credentialInManifest: Rule = {
  meta: {
    id: 'credential-in-manifest',
    title: 'Credential committed elsewhere in a manifest',
    defaultSeverity: 'error',
    messages: {
      value: '{where} holds a credential in {field} ({what}, {length} characters).',
      annotation: '{where} annotation {key} holds a credential ({what}, {length} characters).',
      lastApplied: '{where} annotation ' + LAST_APPLIED + ' holds {count} credential value(s) in its copy of the object ({what}).',
      comment: '{where}: a YAML comment holds a credential ({what}).',
      template: 'This template holds a literal credential ({what}) in its text: the file is not parsed as YAML, but the value is committed all the same.',
      named: '{where} sets {field} to a literal that looks like a credential ({length} characters): key {key} is credential-named.',
      namedWeak: '{where} sets {field} to a well-known default credential ({length} characters).',
      weak: '{where} has a URL with a well-known default password in {field}.',
      embedded: '{where} sets {count} credential-named key(s) to literals in the Helm values written in {field}: {keys}.',
      flag: '{where} passes a literal credential on the command line in {field}: flag {flag} ({length} characters).',
      flagWeak: '{where} passes a well-known default credential on the command line in {field}: flag {flag}.',
    },
    remediation:
      'Take the value out of the manifest: reference a Secret kept out of git (SealedSecret, ExternalSecret, SOPS, or a chart\'s existingSecret), then rotate the credential: it is already in the history.',
    crossReferences: [
      { tool: 'gitleaks', id: 'default ruleset' },
      { tool: 'secretlint', id: '@secretlint/secretlint-rule-preset-recommend' },
      { tool: 'trivy', id: 'secret scanning' },
      { tool: 'checkov', id: 'CKV_SECRET_*' },
    ],
  },
  target: { roles: ['object', 'helm-values', 'kustomization', 'template'] },
  check(doc, context) {
    if (doc.role === 'template') return templateProblems(String(doc.value));
    const value = doc.value;
    if (!isObj(value) && !Array.isArray(value)) return [];
    if (SAFE_KINDS.has(doc.kind) || (isObj(value) && isObj(value.sops))) return [];
    const where = whereOf(doc);
    const problems: Problem[] = [];
    const custom = doc.role === 'object' && !isBuiltIn(doc.apiVersion);
    const judgeKeys = doc.role === 'helm-values' || (custom && !REFERENCE_KINDS.has(doc.kind));
    const skip = ownedPaths(doc);

    walk(value, [], '', (text, stack, key, parent) => {
      const inAnnotations = stack.length === 3 && stack[0] === 'metadata' && stack[1] === 'annotations' && doc.role === 'object';
      if (inAnnotations && key === LAST_APPLIED) {
        const hits = lastAppliedHits(text);
        if (hits.length > 0) {
          problems.push({
            messageId: 'lastApplied',
            path: [...stack],
            params: { where, count: hits.length, what: [...new Set(hits.map((h) => h.what))].join(', ') },
            evidence: redact(text, 'last-applied-configuration'),
          });
        }
        return;
      }
      const hit = formatIn(text);
      if (hit) {
        problems.push(formatProblem(inAnnotations ? 'annotation' : 'value', [...stack], text, hit, { where, key }));
        return;
      }
      if (COMMAND_KEYS.has(key)) {
        const flag = flagIn(text, stack, value);
        if (flag) {
          problems.push({
            messageId: flag.verdict === 'weak' ? 'flagWeak' : 'flag',
            path: [...stack],
            innerLine: text.includes('\n') ? text.slice(0, flag.index).split('\n').length - 1 : undefined,
            params: { where, flag: flag.flag, field: dotted(stack), length: flag.length },
            severity: 'warning',
            evidence: redact(text, flag.what),
          });
          return;
        }
      }
      // Status is observed, not written; metadata holds labels and annotations, never credential-named settings.
      if (!judgeKeys || inAnnotations || (custom && (stack[0] === 'metadata' || stack[0] === 'status'))) return;
      if (key === 'values' && text.includes('\n')) {
        const hits = embeddedValuesHits(text);
        if (hits.length > 0) {
          problems.push({
            messageId: 'embedded',
            path: [...stack],
            innerLine: hits[0].line,
            params: { where, field: dotted(stack), keys: hits.map((h) => h.key).join(', '), count: hits.length },
            severity: 'warning',
            evidence: redact(text, 'embedded Helm values'),
          });
        }
        return;
      }
      // A `{name: DB_PASSWORD, value: …}` pair is judged by its name, as env is.
      const named = key === 'value' && parent && typeof parent.name === 'string' ? parent.name : key;
      if (!isCredentialKey(named) || isReferenceField(named, text, named === key ? parent : undefined)) return;
      const judged = judgeWithUrls(named, text);
      if (judged.verdict === 'quiet') return;
      problems.push({
        messageId: judged.verdict === 'weak' ? 'namedWeak' : 'named',
        path: [...stack],
        params: { where, key: named, field: dotted(stack), length: [...text].length },
        severity: 'warning',
        evidence: redact(text, judged.what),
      });
    }, skip);

    const lines = fileLines(context.file);
    const { first, last } = documentLines(doc, lines);
    for (const comment of yamlComments(lines, first, last)) {
      const hit = formatIn(comment.text);
      if (hit?.verdict !== 'credential') continue;
      problems.push({ messageId: 'comment', path: [], line: comment.line, params: { where, what: hit.what }, evidence: redact(comment.text, hit.what) });
    }
    return problems;
  },
};

/** Credential formats in a template's raw text, one problem per hit, on the hit's line. */
function templateProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let counted = 0;
  for (const hit of findFormats(text)) {
    if (hit.verdict !== 'credential') continue;
    for (let at = text.indexOf('\n', counted); at >= 0 && at < hit.index; at = text.indexOf('\n', at + 1)) line++;
    counted = Math.max(counted, hit.index);
    problems.push({ messageId: 'template', path: ['@template'], line, params: { what: hit.format.name } });
  }
  return problems;
}
