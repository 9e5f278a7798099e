import type { Redacted, Severity } from '../domain/index.js';
import type { DocRole, ManifestDocument, SourceFile, YamlPath } from '../manifests/index.js';

/** The equivalent check of another tool, so users can map what they already run. */
export interface CrossReference {
  tool: 'kube-linter' | 'checkov' | 'trivy' | 'kubesec' | 'cis' | 'gitleaks' | 'secretlint' | 'polaris' | 'datree';
  id: string;
}

/** What a rule is, independent of any document: the catalogue entry. */
export interface RuleMeta {
  id: string;
  title: string;
  /** `off` rules run only when configuration turns them on. */
  defaultSeverity: Severity | 'off';
  /** Message templates keyed by message id; `{name}` placeholders are filled from a problem's params. */
  messages: Record<string, string>;
  /** One sentence: what to do about it. */
  remediation: string;
  crossReferences: CrossReference[];
  /**
   * The options configuration may set, by name, checked when the configuration is read. Without it,
   * the rule takes none.
   */
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

/** One option a rule reads from `context.options`, already validated against this spec. */
export interface RuleOptionSpec {
  /** `regex` values are checked to compile (JavaScript syntax, Unicode mode: compile them with the `u` flag); lists are arrays of that type. */
  type: 'string' | 'number' | 'boolean' | 'string[]' | 'regex' | 'regex[]';
  /** One sentence for the docs and the JSON Schema. */
  description: string;
  /** For numbers: the smallest value allowed. */
  minimum?: number;
  /** The rule cannot work without it: switching the rule on without the option is a configuration mistake. */
  required?: boolean;
}

/** Which documents a rule is given. */
export interface RuleTarget {
  /** Document roles (default: Kubernetes objects only). */
  roles?: DocRole[];
  /** Exact kinds (default: every kind). */
  kinds?: string[];
}

/** One problem a rule reports, before the engine turns it into a finding. */
export interface Problem {
  messageId: string;
  /** Where in the document: the engine resolves it to lines. Empty means the object itself. */
  path: YamlPath;
  /** Values for the message template: names, kinds, counts — never a secret value. */
  params?: Record<string, string | number>;
  /** Overrides the rule's default severity for this problem (a weak default is a warning, not an error). */
  severity?: Severity;
  /** Land on the key at `path` rather than on its value. */
  onKey?: boolean;
  /** A line inside a block scalar at `path` (0-based), for files embedded in a value. */
  innerLine?: number;
  /** A line of the file (1-based) when the problem is not at a YAML path (a comment, say). */
  line?: number;
  /** Land on the object's `kind:` line (object-level findings). */
  onObject?: boolean;
  evidence?: Redacted;
}

/** Read access to the repository beyond the scanned files (kustomize env files, say). */
export interface RepoReader {
  /** The text of a repository-relative file, or undefined when it is absent, unreadable or outside the repository. */
  readText(path: string): string | undefined;
  /** True when a repository-relative path exists. */
  exists(path: string): boolean;
}

/** Every object seen in the scan and in the repository context, for rules that relate objects. */
export interface ObjectIndex {
  /** Objects of one kind, from scanned files and from context files. */
  ofKind(kind: string): readonly ManifestDocument[];
  /** True when the index was built from the whole repository, not only the scanned files. */
  readonly wholeRepository: boolean;
}

/** What a rule may look at besides its document. */
export interface RuleContext {
  file: SourceFile;
  /** The rule's options from configuration (empty when none). */
  options: Readonly<Record<string, unknown>>;
  repo: RepoReader;
  /** Filled for rules with `scope: 'repository'`; an empty index otherwise. */
  index: ObjectIndex;
}

/** A rule: catalogue metadata plus a pure check of one document. */
export interface Rule {
  meta: RuleMeta;
  target: RuleTarget;
  /**
   * `document` rules run as each file is read; `repository` rules run once every file is read,
   * and can look across files through `context.index`.
   */
  scope?: 'document' | 'repository';
  check(doc: ManifestDocument, context: RuleContext): Problem[];
}
