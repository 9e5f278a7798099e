import { runCli } from './cli.js';

// The CLI bundle's entry: run, and exit with the gate's status once stdout has drained.
try {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
  });
} catch (e) {
  // A bug, not a user mistake: one line, no stack (it could quote input), and a distinct status.
  process.stderr.write(`manifest-gate: internal error (${e instanceof Error ? e.name : 'unknown'}); please report it\n`);
  process.exitCode = 2;
}
