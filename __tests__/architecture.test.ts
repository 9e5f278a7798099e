import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md's import directions, checked on the import lines so that they stay true.
const ALLOWED: Record<string, string[]> = {
  domain: [],
  detect: ['domain'],
  manifests: ['domain'],
  rules: ['detect', 'manifests', 'domain'],
  engine: ['rules', 'manifests', 'domain', 'detect'],
  diff: ['domain'],
  report: ['domain'],
  github: ['report', 'domain', 'diff'],
  config: ['domain', 'engine', 'rules'],
  sources: ['engine', 'domain'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`src/${folder} imports only ${allowed.join(', ') || 'nothing of ours'}`, () => {
      const dir = path.join('src', folder);
      let sources: string[] = [];
      try {
        sources = files(dir);
      } catch {
        return; // a folder that does not exist yet imports nothing
      }
      const bad: string[] = [];
      for (const file of sources) {
        for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
          const target = path.relative('src', path.resolve(path.dirname(file), m[1])).split(path.sep)[0];
          if (target !== folder && !allowed.includes(target)) bad.push(`${file} → ${m[1]}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('keeps GitHub packages out of everything but github/, config/inputs and the entry points', () => {
    const bad = files('src')
      .filter((f) => !/^src\/(github\/|config\/inputs\.ts|main\.ts|index\.ts)/.test(f.split(path.sep).join('/')))
      .filter((f) => /from '@actions\/|from '@octokit\//.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
