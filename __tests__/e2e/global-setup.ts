import { execFileSync } from 'node:child_process';

/** Bundles dist/ from the current source once per test run, so the end-to-end suite never tests a stale build. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
}
