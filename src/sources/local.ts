import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import type { RepoSource } from '../engine/repo.js';

/** Folders that never hold the project's manifests. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** File names the scanner reads: YAML, JSON, and kustomize's extension-less `Kustomization`. */
export function isManifestName(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name) || name === 'Kustomization';
}

/** The outcome of walking the paths a user named. */
export interface Discovery {
  /** Root-relative POSIX paths, sorted. */
  files: string[];
  /** Things not scanned and why (symbolic links, special files), for stderr. */
  notes: string[];
  /** Paths the user named that do not exist: a typo that must not pass as a clean scan. */
  missing: string[];
}

/** Filters for which discovered files are scanned. */
export interface PathFilter {
  include: readonly string[];
  exclude: readonly string[];
}

/** True when a root-relative path passes the include/exclude globs. */
export function passesFilter(rel: string, filter: PathFilter): boolean {
  const opts = { dot: true, matchBase: false };
  if (filter.include.length && !filter.include.some((g) => minimatch(rel, g, opts))) return false;
  return !filter.exclude.some((g) => minimatch(rel, g, opts) || minimatch(rel, `${g.replace(/\/$/, '')}/**`, opts));
}

/** The POSIX path of `abs` relative to `root`, without `./`. */
export function relativePosix(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/') || '.';
}

/**
 * Walks files and directories under `root` (symbolic links are never followed: a pull request can
 * point one anywhere), keeping manifest files that pass the filter.
 */
export function discover(root: string, targets: readonly string[], filter: PathFilter): Discovery {
  const files = new Set<string>();
  const notes: string[] = [];
  const missing: string[] = [];
  const visit = (abs: string, named: boolean): void => {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      missing.push(relativePosix(root, abs));
      return;
    }
    const rel = relativePosix(root, abs);
    if (st.isSymbolicLink()) {
      notes.push(`${rel}: symbolic link not followed`);
      return;
    }
    if (st.isDirectory()) {
      if (!named && SKIPPED_DIRS.has(path.basename(abs))) return;
      for (const name of readdirSync(abs).sort()) visit(path.join(abs, name), false);
      return;
    }
    if (!st.isFile()) return;
    if (!named && !isManifestName(path.basename(abs))) return;
    if (passesFilter(rel, filter)) files.add(rel);
  };
  for (const t of targets) visit(path.resolve(root, t), true);
  return { files: [...files].sort(), notes, missing };
}

/**
 * The repository on disk. Reads stay inside `root`: a path that escapes it, directly or through a
 * symbolic link, reads as absent.
 */
export function diskRepo(root: string): RepoSource {
  const realRoot = realpathSync(root);
  const inside = (rel: string): string | undefined => {
    const abs = path.resolve(root, rel);
    try {
      const real = realpathSync(abs);
      const relReal = path.relative(realRoot, real);
      // Paths above the root are allowed only when the user named them (the scan targets); rules never reach out.
      if (relReal.startsWith('..') && !rel.startsWith('..')) return undefined;
      return abs;
    } catch {
      return undefined;
    }
  };
  return {
    readBytes(rel) {
      const abs = path.resolve(root, rel);
      try {
        if (lstatSync(abs).isSymbolicLink()) return undefined;
        return readFileSync(abs);
      } catch {
        return undefined;
      }
    },
    readText(rel) {
      const abs = inside(rel);
      if (!abs) return undefined;
      try {
        return readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists(rel) {
      return inside(rel) !== undefined;
    },
  };
}
