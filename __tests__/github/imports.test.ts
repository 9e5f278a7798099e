import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

/** The src/ folders a file imports from (relative imports only). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const dir = path.dirname(file);
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => path.relative(SRC, path.resolve(dir, m[1])).split(path.sep)[0]);
}

const filesOf = (folder: string) =>
  readdirSync(path.join(SRC, folder))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(SRC, folder, f));

// DESIGN.md: github → report, domain; report, diff → domain. GitHub code never knows a rule.
describe.each([
  ['github', ['github', 'report', 'domain']],
  ['diff', ['diff', 'domain']],
])('src/%s imports only %j', (folder, allowed) => {
  it.each(filesOf(folder).map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    expect(importedFolders(file).filter((f) => !allowed.includes(f))).toEqual([]);
  });
});

describe('the renderers this issue adds', () => {
  it.each(['markdown.ts', 'drafts.ts'])('report/%s imports only report and domain', (name) => {
    expect(importedFolders(path.join(SRC, 'report', name)).filter((f) => f !== 'report' && f !== 'domain')).toEqual([]);
  });
});
