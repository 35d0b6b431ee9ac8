import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The built CLI: lib/cli/main.js after `npm run compile`, or GUARDRAILS_CLI (e.g. a build in a temp dir). */
export const CLI_PATH = process.env.GUARDRAILS_CLI ?? path.join(REPO_ROOT, 'lib', 'cli', 'main.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with node, as users run it. */
export function runBuiltCli(args: readonly string[], options: { cwd: string; input?: string | Buffer; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv }): CliResult {
  if (!fs.existsSync(CLI_PATH)) {
    throw new Error(`The CLI is not built at ${CLI_PATH}. Run \`npx projen compile\` (or build elsewhere and set GUARDRAILS_CLI to its cli/main.js).`);
  }
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI_PATH, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    // NODE_PATH lets a build outside the repository find the runtime dependencies (commander, yaml).
    env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules'), NO_COLOR: '', ...options.env },
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes files (path → content) under a fresh temp directory and returns it. */
export function makeTree(files: Readonly<Record<string, string | Buffer>>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

/** 1-based line and column of the `n`-th (0-based) occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, n = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
