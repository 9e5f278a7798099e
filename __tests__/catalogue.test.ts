import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

// Every registered rule is a product surface: it needs docs, a test, remediation and messages.
describe('rule catalogue', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('has unique ids in the catalogue naming style', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      it('has a docs page that names the rule and says how to suppress it', () => {
        const page = `docs/rules/${rule.meta.id}.md`;
        expect(existsSync(page), page).toBe(true);
        const text = readFileSync(page, 'utf8');
        expect(text).toContain(rule.meta.id);
        expect(text.toLowerCase()).toContain('suppress');
      });
      it('has a test file', () => {
        const test = `__tests__/rules/${rule.meta.id}.test.ts`;
        expect(existsSync(test), test).toBe(true);
      });
      it('has a title, remediation and at least one message', () => {
        expect(rule.meta.title.length).toBeGreaterThan(5);
        expect(rule.meta.remediation.length).toBeGreaterThan(20);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });
    });
  }

  it('lists every rule in docs/rules/README.md', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8');
    for (const id of ids) expect(index).toContain(`(${id}.md)`);
  });
});
