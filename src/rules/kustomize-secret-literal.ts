import { redact } from '../domain/index.js';
import { generatorCredentials, groupByFileEntry, type GeneratorCredential } from './kustomize-generators.js';
import type { Problem, Rule } from './types.js';

/** One finding per generator entry that names a file holding credentials, listing their keys. */
function fileProblems(hits: GeneratorCredential[]): Problem[] {
  return groupByFileEntry(hits).map((group) => {
    const first = group[0].entry;
    const weakOnly = group.every((h) => h.verdict === 'weak');
    const keys = group.map((h) => (h.entry.fileLine ? `${h.entry.key} (line ${h.entry.fileLine})` : h.entry.key)).join(', ');
    const whats = [...new Set(group.map((h) => h.what))].join(', ');
    return {
      messageId: weakOnly ? 'fileWeak' : 'file',
      path: first.path,
      params: { generator: first.generator, file: first.file ?? '', keys, count: group.length, what: whats },
      severity: weakOnly ? 'warning' : undefined,
      evidence: redact(group.map((h) => h.entry.value).join(''), whats),
    } satisfies Problem;
  });
}

/** A kustomization whose secretGenerator holds credentials in literals or in the committed files it reads. */
export const kustomizeSecretLiteral: Rule = {
  meta: {
    id: 'kustomize-secret-literal',
    title: 'Kustomize secretGenerator holds a committed credential',
    defaultSeverity: 'error',
    messages: {
      literal: '{resource}: secretGenerator {generator} sets {key} from a literal credential ({what}, {length} characters).',
      weak: '{resource}: secretGenerator {generator} sets {key} to a well-known default credential ({length} characters): committed and guessable.',
      file: '{resource}: secretGenerator {generator} reads {file}, committed in the repository with {count} credential(s): {keys} ({what}).',
      fileWeak: '{resource}: secretGenerator {generator} reads {file}, committed in the repository with well-known default credential(s): {keys}.',
    },
    remediation:
      'Keep generator inputs out of git (git-ignore the file and write it in CI, or generate the Secret with SOPS, a SealedSecret or an ExternalSecret), then rotate the credential: it is already in the history.',
    crossReferences: [
      { tool: 'gitleaks', id: 'generic-api-key' },
      { tool: 'secretlint', id: '@secretlint/secretlint-rule-preset-recommend' },
    ],
  },
  target: { roles: ['kustomization'] },
  check(doc, context) {
    const hits = generatorCredentials(doc, context.repo, 'secretGenerator');
    const problems: Problem[] = hits
      .filter((h) => h.entry.source === 'literal')
      .map((h) => ({
        messageId: h.verdict === 'weak' ? 'weak' : 'literal',
        path: h.entry.path,
        params: { generator: h.entry.generator, key: h.entry.key, what: h.what, length: h.length },
        severity: h.verdict === 'weak' ? 'warning' : undefined,
        evidence: redact(h.entry.value, h.what),
      }));
    return [...problems, ...fileProblems(hits.filter((h) => h.entry.source !== 'literal'))];
  },
};
