// `npm run bench`: how fast the scanner is, measured beside the floors it is judged against, and how it
// holds up on hostile input. Prints figures per data set, then the ratios we track (absolute times vary
// between machines; ratios measured side by side in one run do not).
//
//   node scripts/bench.mjs                  everything (about 6 minutes on 2 idle cores)
//   node scripts/bench.mjs --quick          the corpus once: no 10× run, no whole-corpus equivalence check
//
// Internal modes, run in child processes so each measurement has a fresh heap and its own peak RSS:
//   --floor yaml|js-yaml|secretlint LISTFILE
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'real');
const SCALE = 10;
/** A regular expression that takes longer than this on one input is reported as a backtracking risk. */
const REGEX_BUDGET_MS = 50;
/** The whole scanner on one adversarial file: its budget, generous for a 1 MB file on a busy machine. */
const SCAN_BUDGET_MS = 3000;

const TARGETS = {
  yamlFloor: 1.0,
  jsYamlFloor: 2.0,
  secretlint: 5.0,
  scaling: 11,
  rssMB: 400,
  coldStartMs: 200,
};

if (process.argv[2] === '--floor') {
  await floor(process.argv[3], process.argv[4]);
} else {
  await main(process.argv.includes('--quick'));
}

async function main(quick) {
  if (!existsSync(CORPUS)) {
    console.error(`bench: the corpus is not at ${CORPUS} (../shared beside the repository)`);
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'manifest-gate-bench-'));
  try {
    run(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], 'bundle');
    const lib = await benchLibrary(work);
    const files = lib.discover(CORPUS, ['.'], { include: [], exclude: [] }).files;
    const listFile = path.join(work, 'files.txt');
    writeFileSync(listFile, files.map((f) => path.join(CORPUS, f)).join('\n'));
    const mb = files.reduce((n, f) => n + readFileSync(path.join(CORPUS, f)).length, 0) / 1e6;

    log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB`);
    // Each measurement twice, interleaved, keeping the faster: the machine is shared, and a neighbour's
    // burst should not decide a ratio.
    const runs = { scan: [], yaml: [], js: [], secretlint: [] };
    for (let round = 0; round < (quick ? 1 : 2); round++) {
      runs.scan.push(cliScan(CORPUS, work));
      runs.yaml.push(child(['--floor', 'yaml', listFile]));
      runs.js.push(child(['--floor', 'js-yaml', listFile]));
      runs.secretlint.push(child(['--floor', 'secretlint', listFile]));
      log(`  round ${round + 1}: scan ${fmtS(runs.scan[round].ms)}, yaml ${fmtS(runs.yaml[round].ms)}, js-yaml ${fmtS(runs.js[round].ms)}, secretlint ${runs.secretlint[round].ms ? fmtS(runs.secretlint[round].ms) : runs.secretlint[round].error}`);
    }
    const [scan1, yamlFloor, jsFloor, secretlint] = [runs.scan, runs.yaml, runs.js, runs.secretlint].map(fastest);

    let scan10;
    if (!quick) {
      const big = path.join(work, 'scaled');
      scaleUp(CORPUS, files, big, SCALE);
      log(`scaled ×${SCALE}: generating done, scanning`);
      scan10 = cliScan(big, work);
      log(`  scan ${fmtS(scan10.ms)}`);
    }
    const cold = coldStart(work);
    const equivalence = quick ? undefined : sameFindings(lib, files);
    const regexes = regexHarness(lib);

    const rows = [
      ['data set', 'files', 'MB', 'wall', 'MB/s', 'peak RSS'],
      ['corpus (scan)', files.length, mb.toFixed(1), fmtS(scan1.ms), (mb / (scan1.ms / 1000)).toFixed(1), `${scan1.rssMB} MB`],
      ['corpus (yaml floor)', files.length, mb.toFixed(1), fmtS(yamlFloor.ms), (mb / (yamlFloor.ms / 1000)).toFixed(1), `${yamlFloor.rssMB} MB`],
      ['corpus (js-yaml floor)', files.length, mb.toFixed(1), fmtS(jsFloor.ms), (mb / (jsFloor.ms / 1000)).toFixed(1), `${jsFloor.rssMB} MB`],
      secretlint.ms
        ? ['corpus (secretlint)', files.length, mb.toFixed(1), fmtS(secretlint.ms), (mb / (secretlint.ms / 1000)).toFixed(1), `${secretlint.rssMB} MB`]
        : ['corpus (secretlint)', '-', '-', secretlint.error ?? 'failed', '-', '-'],
    ];
    if (scan10) {
      rows.push([`×${SCALE} (scan)`, files.length * SCALE, (mb * SCALE).toFixed(1), fmtS(scan10.ms), ((mb * SCALE) / (scan10.ms / 1000)).toFixed(1), `${scan10.rssMB} MB`]);
    }
    console.log('');
    table(rows);
    console.log('');
    console.log(`findings on the corpus: ${scan1.findings}${scan10 ? `; ×${SCALE}: ${scan10.findings}` : ''}`);
    console.log(`one-file CLI cold start: ${cold.ms.toFixed(0)} ms (median of ${cold.runs}; bare \`node -e 0\` ${cold.nodeMs.toFixed(0)} ms; Octokit in the CLI bundle: ${cold.octokit ? 'yes' : 'no'})`);
    if (equivalence) {
      console.log(`fast path vs yaml path on the whole corpus: ${equivalence.same ? 'identical' : 'DIFFERENT'} (${equivalence.findings} findings; yaml-only scan ${fmtS(equivalence.slowMs)})`);
    }
    console.log(`regular expressions: ${regexes.count} from src/, ${regexes.inputs} adversarial inputs each, slowest ${regexes.slowestMs.toFixed(1)} ms (${regexes.slowest})`);
    for (const s of regexes.slow) console.log(`  SLOW ${s}`);
    console.log(`whole scanner on ${regexes.files} adversarial manifests: slowest ${regexes.scanSlowestMs.toFixed(0)} ms (${regexes.scanSlowest})`);
    for (const s of regexes.scanSlow) console.log(`  SLOW ${s}`);

    console.log('\nratios (the figures we track):');
    const ratios = [];
    const check = (name, value, target, better, unit = '×') => {
      const ok = better === 'lower' ? value <= target : value >= target;
      ratios.push([name, `${value.toFixed(2)}${unit}`, `${better === 'lower' ? '≤' : '≥'} ${target}${unit}`, ok ? 'met' : 'MISSED']);
      return ok;
    };
    let ok = true;
    ok = check('scan / yaml floor', scan1.ms / yamlFloor.ms, TARGETS.yamlFloor, 'lower') && ok;
    ok = check('scan / js-yaml floor', scan1.ms / jsFloor.ms, TARGETS.jsYamlFloor, 'lower') && ok;
    if (secretlint.ms) ok = check('secretlint / scan', secretlint.ms / scan1.ms, TARGETS.secretlint, 'higher') && ok;
    if (scan10) {
      ok = check(`×${SCALE} time / ×1 time`, scan10.ms / scan1.ms, TARGETS.scaling, 'lower') && ok;
      ok = check(`×${SCALE} peak RSS`, scan10.rssMB, TARGETS.rssMB, 'lower', ' MB') && ok;
    }
    ok = check('one-file cold start', cold.ms, TARGETS.coldStartMs, 'lower', ' ms') && ok;
    if (equivalence && !equivalence.same) ok = false;
    if (regexes.slow.length || regexes.scanSlow.length) ok = false;
    table([['ratio', 'measured', 'target', ''], ...ratios]);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The engine, bundled from src/ for in-process use: discovery, both loader paths, and the rules. */
async function benchLibrary(work) {
  const entry = path.join(work, 'bench-entry.ts');
  const src = (p) => JSON.stringify(path.join(ROOT, 'src', p));
  writeFileSync(
    entry,
    [
      `export { scan } from ${src('engine/scan.ts')};`,
      `export { memoryRepo } from ${src('engine/repo.ts')};`,
      `export { setFastPath } from ${src('manifests/load.ts')};`,
      `export { RULES } from ${src('rules/index.ts')};`,
      `export { discover, diskRepo } from ${src('sources/local.ts')};`,
    ].join('\n'),
  );
  const { build } = await import('esbuild');
  const out = path.join(work, 'bench-lib.mjs');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    nodePaths: [path.join(ROOT, 'node_modules')],
    define: { MANIFEST_GATE_VERSION: '"bench"' },
    banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
  });
  return import(pathToFileURL(out).href);
}

/** The fastest of several measurements of the same thing (failed ones last). */
function fastest(list) {
  return [...list].sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity))[0];
}

/** Runs the built CLI on a folder, as a user would, and reads its wall time, peak RSS and findings. */
function cliScan(dir, work) {
  const report = path.join(work, 'report.json');
  const r = child([path.join(ROOT, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--output', report, '--fail-on', 'never'], dir, true);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  return { ...r, findings: json.findings.length };
}

/**
 * Runs node on `args` with a preload that reports peak RSS at exit; times the whole process.
 * Floors print their own parse time (`BENCH_MS`), which leaves out the process start.
 */
function child(args, cwd = ROOT, isScript = false) {
  const preload = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_RSS '+process.resourceUsage().maxRSS+'\\n'))`;
  const argv = ['--import', preload, ...(isScript ? args : [fileURLToPath(import.meta.url), ...args])];
  const started = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - started;
  const rss = /BENCH_RSS (\d+)/.exec(r.stderr ?? '');
  const own = /BENCH_MS ([\d.]+)/.exec(r.stdout ?? '');
  const error = /BENCH_ERROR (.*)/.exec(r.stdout ?? '')?.[1];
  if (r.status !== 0 && !error) throw new Error(`bench child failed (${r.status}): ${args.slice(0, 2).join(' ')}\n${(r.stderr ?? '').slice(0, 2000)}`);
  return { ms: error ? undefined : own ? Number(own[1]) : wall, rssMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, error };
}

/** A floor: the same files only read and parsed (or, for secretlint, linted), no rules. */
async function floor(kind, listFile) {
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  let parse;
  if (kind === 'yaml') {
    const { parseAllDocuments, LineCounter } = await import('yaml');
    parse = (text) => parseAllDocuments(text, { version: '1.1', lineCounter: new LineCounter() });
  } else if (kind === 'js-yaml') {
    const jsYaml = (await import('js-yaml')).default;
    parse = (text) => {
      try {
        jsYaml.loadAll(text);
      } catch {
        // a broken file costs what it costs; the floor only times it
      }
    };
  } else if (kind === 'secretlint') {
    parse = await secretlintRunner();
    if (!parse) return;
  } else throw new Error(`unknown floor ${kind}`);
  const started = performance.now();
  for (const f of files) {
    const bytes = readFileSync(f);
    await parse(new TextDecoder().decode(bytes), f);
  }
  process.stdout.write(`BENCH_MS ${performance.now() - started}\n`);
}

/** secretlint's recommended preset as a library, with its profiler silenced (it makes long runs quadratic). */
async function secretlintRunner() {
  let core, preset;
  try {
    core = await import('@secretlint/core');
    preset = await import('@secretlint/secretlint-rule-preset-recommend');
  } catch {
    process.stdout.write('BENCH_ERROR secretlint is not installed (npm install)\n');
    return undefined;
  }
  try {
    const { secretLintProfiler } = await import('@secretlint/profiler');
    secretLintProfiler.mark = () => {};
  } catch {
    // an older or newer layout without the shared profiler: nothing to silence
  }
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] };
  return (content, filePath) =>
    core.lintSource({ source: { content, filePath, ext: path.extname(filePath), contentType: 'text' }, options: { config, maskSecrets: true } });
}

/** Writes the corpus `times` over into `dir` (hard links where the file system allows, else copies). */
function scaleUp(from, files, dir, times) {
  for (let k = 0; k < times; k++) {
    for (const f of files) {
      const to = path.join(dir, `copy-${k}`, f);
      mkdirSync(path.dirname(to), { recursive: true });
      try {
        linkSync(path.join(from, f), to);
      } catch {
        copyFileSync(path.join(from, f), to);
      }
    }
  }
}

/** Wall time of `manifest-gate scan one.yaml`, process start included; median of several runs. */
function coldStart(work) {
  const dir = path.join(work, 'one');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'one.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\ndata:\n  a: b\n');
  const runs = 7;
  const median = (args) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  const bundle = readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
  // Bare node's start, measured alongside: on a busy machine it is most of the figure.
  return { ms: median([path.join(ROOT, 'dist', 'cli.js'), 'scan', 'one.yaml']), nodeMs: median(['-e', '0']), runs, octokit: /@octokit|Octokit/.test(bundle) };
}

/** Scans the corpus in-process with the fast path and without it; the findings must be identical. */
function sameFindings(lib, files) {
  const repo = lib.diskRepo(CORPUS);
  lib.setFastPath(false);
  const started = performance.now();
  const slow = lib.scan({ files, repo, rules: lib.RULES });
  const slowMs = performance.now() - started;
  lib.setFastPath(true);
  const fast = lib.scan({ files, repo, rules: lib.RULES });
  return { same: JSON.stringify(slow) === JSON.stringify(fast), findings: fast.findings.length, slowMs };
}

/**
 * Catastrophic backtracking: every regular expression written in src/ (found with the TypeScript
 * parser, so rules added later are covered without a list to maintain) meets long runs of the
 * characters regexes usually repeat, each with suffixes that force a failed match; then the whole
 * scanner reads manifests with the same strings in every place rules look.
 */
function regexHarness(lib) {
  const regexes = sourceRegexes();
  const inputs = adversarialStrings();
  let slowestMs = 0;
  let slowest = '';
  const slow = [];
  for (const { re, where } of regexes) {
    for (const input of inputs) {
      const started = performance.now();
      try {
        re.lastIndex = 0;
        re.test(input.text);
        input.text.replace(re, '');
      } catch {
        // a regex that throws on odd input is the rule's problem, not a backtracking one
      }
      const ms = performance.now() - started;
      if (ms > slowestMs) {
        slowestMs = ms;
        slowest = `${where} on ${input.name}`;
      }
      if (ms > REGEX_BUDGET_MS) {
        // One slow input is enough to flag it; the rest would only make the bench as slow as the regex.
        slow.push(`${ms.toFixed(0)} ms: ${where} ${re} on ${input.name}`);
        break;
      }
    }
  }
  const manifests = adversarialManifests(inputs);
  let scanSlowestMs = 0;
  let scanSlowest = '';
  const scanSlow = [];
  for (const [name, text] of Object.entries(manifests)) {
    const started = performance.now();
    try {
      lib.scan({ files: [name], repo: lib.memoryRepo({ [name]: text }), rules: lib.RULES });
    } catch (e) {
      scanSlow.push(`${name}: the scan threw ${e?.name}`);
    }
    const ms = performance.now() - started;
    if (ms > scanSlowestMs) {
      scanSlowestMs = ms;
      scanSlowest = name;
    }
    if (ms > SCAN_BUDGET_MS) scanSlow.push(`${ms.toFixed(0)} ms: ${name}`);
  }
  return { count: regexes.length, inputs: inputs.length, slowestMs, slowest, slow, files: Object.keys(manifests).length, scanSlowestMs, scanSlowest, scanSlow };
}

/** Regular expression literals and `new RegExp('…')` calls with literal patterns in src/. */
function sourceRegexes() {
  const ts = createRequire(path.join(ROOT, 'package.json'))('typescript');
  const out = [];
  const walkDir = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkDir(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  for (const file of walkDir(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = path.relative(ROOT, file);
    const visit = (node) => {
      let pattern;
      let flags = '';
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.text;
        const end = lit.lastIndexOf('/');
        pattern = lit.slice(1, end);
        flags = lit.slice(end + 1);
      } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.length && ts.isStringLiteralLike(node.arguments[0])) {
        pattern = node.arguments[0].text;
        flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      }
      if (pattern !== undefined) {
        try {
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          out.push({ re: new RegExp(pattern, flags.replace(/[gy]/g, '')), where: `${rel}:${line}` });
        } catch {
          // a pattern that only compiles in its template context (it is built from parts): skipped
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Long runs of the characters patterns repeat, each followed by endings that make a match fail late. */
function adversarialStrings() {
  const n = 20_000;
  const units = ['a', 'A', '0', '9', ' ', '\t', '\n', '-', '_', '.', '/', '=', ':', '+', '@', '$', '{', '}', '[', '"', "'", '\\', '%', '#', '*', 'ab', 'a ', 'a=', '0.', 'a:', 'a-', 'a.', 'A0', '=a', '- ', ': ', '{{', '${', 'x ', '/a', 'aB3+'];
  const endings = ['', '!', '\u0000', '\n!', ' x', '=', '"'];
  const prefixes = ['', 'password=', '-----BEGIN RSA PRIVATE KEY-----\n', 'https://', 'postgres://u:', 'eyJ', 'ghp_', 'AKIA', 'xoxb-', 'sk_live_', 'Bearer '];
  const out = [];
  for (const u of units) {
    const body = u.repeat(Math.ceil(n / u.length));
    for (const e of endings) out.push({ name: `${JSON.stringify(u)}×${n}${e ? ' + ' + JSON.stringify(e) : ''}`, text: body + e });
  }
  for (const p of prefixes) for (const u of ['a', 'A0', '=', ' ', '/', '.']) out.push({ name: `${JSON.stringify(p)} + ${JSON.stringify(u)}×${n} + "!"`, text: p + u.repeat(n) + '!' });
  return out;
}

/** Manifests with an adversarial string in every place rules read: keys, values, comments, annotations, commands, kustomize, Helm values. */
function adversarialManifests(inputs) {
  const pick = inputs.filter((_, i) => i % 7 === 0);
  const out = {};
  pick.forEach((input, i) => {
    const v = JSON.stringify(input.text);
    const b64 = Buffer.from(input.text).toString('base64');
    out[`adv-${i}/secret.yaml`] = [
      'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', '  annotations:', `    note: ${v}`,
      'stringData:', `  password: ${v}`, `  ${JSON.stringify('k' + input.text.slice(0, 200))}: ${v}`, 'data:', `  token: ${b64}`, `# ${input.text.replace(/\n/g, ' ')}`, '',
    ].join('\n');
    out[`adv-${i}/configmap.yaml`] = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', `  app.properties: ${v}`, `  API_TOKEN: ${v}`, ''].join('\n');
    out[`adv-${i}/deploy.yaml`] = [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: d}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: c',
      `        command: ["sh", "-c", ${v}]`, `        args: [${v}]`, '        env:', `        - {name: DB_PASSWORD, value: ${v}}`, `        - {name: URL, value: ${JSON.stringify('https://u:' + input.text + '@h')}}`, '',
    ].join('\n');
    out[`adv-${i}/kustomization.yaml`] = ['secretGenerator:', '- name: g', '  literals:', `  - ${JSON.stringify('password=' + input.text)}`, ''].join('\n');
    out[`adv-${i}/values.yaml`] = [`auth:`, `  password: ${v}`, `  apiKey: ${v}`, ''].join('\n');
    out[`adv-${i}/role.yaml`] = ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: r}', 'rules:', `- apiGroups: [${v}]`, `  resources: [${v}]`, `  verbs: [${v}]`, ''].join('\n');
  });
  return out;
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench: ${what} failed`);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) console.log(r.map((x, c) => (c === 0 ? String(x).padEnd(widths[c]) : String(x).padStart(widths[c]))).join('  '));
}

function fmtS(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

function log(s) {
  process.stderr.write(`${s}\n`);
}
