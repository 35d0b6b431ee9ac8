/**
 * How V8's tiers treat rule code in a one-off pass: a synthesis checks each object once, so rule code
 * runs mostly before V8 has optimized it. The same checks, written three ways, run over the bench
 * app's analyzed objects (cdk8s-plus Deployments + Services), each variant in a fresh process:
 *   functions    one function per rule, each with its own loop (how the catalog is written today)
 *   predicates   one shared loop over containers; each rule a small predicate function of its own
 *   data         one shared check; each rule is data (field, expected state, message), as in kube-linter
 * Every variant reports the same violations (checked), and each is timed on its first pass (cold) and
 * on a second pass in the same process (warm). Prints medians and the ratios to `data`.
 *   npm run bench:tiering [-- --reps <n>] [--n <deployments>] [--rules <count>] [--quick]
 * `new Function` gives each rule code of its own, as separate rule files do: closures of one
 * function share V8's feedback and optimized code, so they would not show the difference.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeBenchManifests } from './bench-app';

const ROOT = path.resolve(__dirname, '..', '..');
const VARIANTS = ['functions', 'predicates', 'data'] as const;
type Variant = (typeof VARIANTS)[number];

/** Fields of a container a rule looks at, and securityContext fields it also requires not to be true. */
const FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'ports', 'env', 'envFrom', 'volumeMounts', 'resources', 'securityContext', 'image', 'imagePullPolicy', 'command', 'args', 'workingDir'];
const CONTEXT_FIELDS = ['privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'runAsNonRoot'];

interface RuleSpec {
  readonly field: string;
  readonly contextField: string;
  /** Reports containers where the field is missing (true) or present (false). */
  readonly whenMissing: boolean;
  readonly message: string;
}

function specs(count: number): RuleSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    field: FIELDS[i % FIELDS.length],
    contextField: CONTEXT_FIELDS[i % CONTEXT_FIELDS.length],
    whenMissing: i % 3 === 0,
    message: `rule ${i}: ${FIELDS[i % FIELDS.length]} is ${i % 3 === 0 ? 'missing' : 'set'}`,
  }));
}

interface ContainerLike {
  readonly path: string;
  readonly container: Record<string, unknown>;
  readonly securityContext: Record<string, unknown>;
}
interface ObjectLike {
  readonly podSpecs: ReadonlyArray<{ readonly containers: readonly ContainerLike[] }>;
}
type Check = (object: ObjectLike) => Array<{ path: string; message: string }>;

/** The rules of one variant; all variants find the same violations. */
function rulesOf(variant: Variant, rules: readonly RuleSpec[]): Check[] {
  const lit = (value: unknown) => JSON.stringify(value);
  if (variant === 'functions') {
    return rules.map(
      (s, i) =>
        new Function(
          'object',
          `// rule ${i}
          const out = [];
          for (let p = 0; p < object.podSpecs.length; p++) {
            const containers = object.podSpecs[p].containers;
            for (let c = 0; c < containers.length; c++) {
              const view = containers[c];
              if ((view.container[${lit(s.field)}] === undefined) === ${s.whenMissing} && view.securityContext[${lit(s.contextField)}] !== true) out.push({ path: view.path, message: ${lit(s.message)} });
            }
          }
          return out;`,
        ) as Check,
    );
  }
  if (variant === 'predicates') {
    const eachContainer = (object: ObjectLike, test: (view: ContainerLike) => boolean, message: string) => {
      const out: Array<{ path: string; message: string }> = [];
      for (let p = 0; p < object.podSpecs.length; p++) {
        const containers = object.podSpecs[p].containers;
        for (let c = 0; c < containers.length; c++) if (test(containers[c])) out.push({ path: containers[c].path, message });
      }
      return out;
    };
    return rules.map((s, i) => {
      const test = new Function('view', `// predicate ${i}\nreturn (view.container[${lit(s.field)}] === undefined) === ${s.whenMissing} && view.securityContext[${lit(s.contextField)}] !== true;`) as (view: ContainerLike) => boolean;
      return (object: ObjectLike) => eachContainer(object, test, s.message);
    });
  }
  const check = (object: ObjectLike, s: RuleSpec) => {
    const out: Array<{ path: string; message: string }> = [];
    for (let p = 0; p < object.podSpecs.length; p++) {
      const containers = object.podSpecs[p].containers;
      for (let c = 0; c < containers.length; c++) {
        const view = containers[c];
        if ((view.container[s.field] === undefined) === s.whenMissing && view.securityContext[s.contextField] !== true) out.push({ path: view.path, message: s.message });
      }
    }
    return out;
  };
  return rules.map((s) => (object: ObjectLike) => check(object, s));
}

/** One pass: every rule on one object, then the next (as the engine runs single-object rules). */
function pass(objects: readonly ObjectLike[], checks: readonly Check[]): { ms: number; violations: number; checksum: number } {
  const start = process.hrtime.bigint();
  let violations = 0;
  let checksum = 0;
  for (let i = 0; i < objects.length; i++) {
    for (let k = 0; k < checks.length; k++) {
      const found = checks[k](objects[i]);
      violations += found.length;
      for (let v = 0; v < found.length; v++) checksum = (checksum * 31 + found[v].path.length + found[v].message.length) % 1_000_000_007;
    }
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, violations, checksum };
}

/** Child process: analyzes the manifests with the compiled package, then times two passes of one variant. */
function child(variant: Variant, file: string, ruleCount: number): void {
  const { analyzeAll } = require(path.join(ROOT, 'lib', 'engine', 'evaluate'));
  const { copyManifest } = require(path.join(ROOT, 'lib', 'cdk8s', 'manifest-copy'));
  const manifests: unknown[] = JSON.parse(fs.readFileSync(file, 'utf8'));
  const objects: ObjectLike[] = analyzeAll(manifests.map((m) => ({ manifest: copyManifest(m) })));
  const checks = rulesOf(variant, specs(ruleCount));
  const cold = pass(objects, checks);
  const warm = pass(objects, checks);
  process.stdout.write(JSON.stringify({ cold: cold.ms, warm: warm.ms, violations: cold.violations, checksum: cold.checksum }) + '\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(args: readonly string[]): void {
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const value = Number(args[i + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1, got "${args[i + 1] ?? ''}"`);
    return value;
  };
  const childIndex = args.indexOf('--child');
  if (childIndex >= 0) return child(args[childIndex + 1] as Variant, args[childIndex + 2], option('--rules', 60));
  if (!fs.existsSync(path.join(ROOT, 'lib', 'engine', 'evaluate.js'))) throw new Error('lib/ is missing: run `npx projen compile` first.');
  const quick = args.includes('--quick');
  const reps = option('--reps', quick ? 1 : 5);
  const n = option('--n', quick ? 200 : 5000);
  const ruleCount = option('--rules', 60);
  const file = writeBenchManifests(n, 'guardrails-tiering-');
  const samples: Record<Variant, Array<{ cold: number; warm: number; violations: number; checksum: number }>> = { functions: [], predicates: [], data: [] };
  try {
    for (let r = 0; r < reps; r++) {
      // Variants alternate, in reversed order every other repetition, so machine noise hits all alike.
      for (const variant of r % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--child', variant, file, '--rules', String(ruleCount)], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') },
        });
        if (run.status !== 0) throw new Error(`the ${variant} variant failed:\n${run.stderr}`);
        samples[variant].push(JSON.parse(run.stdout.trim().split('\n').pop()!));
      }
    }
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const reference = samples.data[0];
  for (const variant of VARIANTS) {
    for (const s of samples[variant]) {
      if (s.violations !== reference.violations || s.checksum !== reference.checksum) {
        throw new Error(`the ${variant} variant found other violations (${s.violations}, checksum ${s.checksum}) than data (${reference.violations}, checksum ${reference.checksum})`);
      }
    }
  }
  const cold = (v: Variant) => median(samples[v].map((s) => s.cold));
  const warm = (v: Variant) => median(samples[v].map((s) => s.warm));
  process.stdout.write(`${ruleCount} rules on ${(2 * n).toLocaleString('en-US')} objects (${reference.violations.toLocaleString('en-US')} violations), medians of ${reps} fresh processes each\n`);
  process.stdout.write(`${'variant'.padEnd(11)} ${'cold ms'.padStart(8)} ${'warm ms'.padStart(8)} ${'cold/warm'.padStart(9)} ${'cold/data'.padStart(9)}\n`);
  for (const v of VARIANTS) {
    process.stdout.write(`${v.padEnd(11)} ${cold(v).toFixed(1).padStart(8)} ${warm(v).toFixed(1).padStart(8)} ${(cold(v) / warm(v)).toFixed(2).padStart(9)} ${(cold(v) / cold('data')).toFixed(2).padStart(9)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench:tiering: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
