import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { GuardrailsError } from '../../src/cdk8s/errors';
import { parseSuppressionAnnotation, SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { parseSuppressionsFile } from '../../src/input/suppressions-file';
import * as api from '../../src';
import { runBuiltCli } from '../cli/run-cli';

/** The README's code blocks are exercised here so the documentation cannot rot. */
const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Block {
  readonly lang: string;
  readonly code: string;
  /** The `<!-- snippet: … -->` marker right before the block, if any. */
  readonly marker?: string;
  readonly line: number;
}

/** Blocks inside list items are indented; strip the common indentation. */
function dedent(code: string): string {
  const lines = code.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function blocks(): Block[] {
  const out: Block[] = [];
  const re = /(?:<!-- snippet: ([^>]*?) -->\n)?[ ]*```(\w*)\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(README))) {
    out.push({ marker: m[1], lang: m[2], code: dedent(m[3]), line: README.slice(0, m.index).split('\n').length });
  }
  return out;
}

const ALL = blocks();
const TS = ALL.filter((b) => b.lang === 'ts');
const SNIPPET_DIR = path.join(__dirname, '.snippets');

function runSnippet(block: Block, index: number): unknown {
  fs.mkdirSync(SNIPPET_DIR, { recursive: true });
  const file = path.join(SNIPPET_DIR, `snippet-${index}.ts`);
  fs.writeFileSync(file, `// README.md line ${block.line}\n` + block.code.replace(/from 'cdk8s-guardrails'/g, "from '../../../src'") + '\nexport {};\n');
  const cwd = process.cwd();
  process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-readme-')));
  try {
    let thrown: unknown;
    jest.isolateModules(() => {
      try {
        require(file);
      } catch (error) {
        thrown = error;
      }
    });
    return thrown;
  } finally {
    process.chdir(cwd);
  }
}

describe('README', () => {
  test('starts with the two commands, and both npm scripts exist', () => {
    const first = ALL[0];
    expect(first.lang).toBe('sh');
    const commands = first.code.trim().split('\n').map((l) => l.replace(/#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run example', 'npm ci && npm test']);
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.example).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  test('every TypeScript snippet says what it does', () => {
    expect(TS.length).toBeGreaterThan(2);
    for (const b of TS) expect(b.marker).toMatch(/^(runs|throws GuardrailsError)$/);
  });

  test.each(TS.map((b, i) => [b.line, b, i] as const))('the TypeScript snippet at line %i compiles and behaves as marked', (_line, block, index) => {
    const thrown = runSnippet(block, index);
    if (block.marker === 'runs') {
      expect(thrown).toBeUndefined();
      return;
    }
    // The snippet runs in its own module registry, so compare by name rather than class identity.
    expect((thrown as Error)?.name).toBe('GuardrailsError');
    expect((thrown as GuardrailsError).report.findings.length).toBeGreaterThan(0);
    // The text block right after the snippet shows (part of) the error: every shown line is real.
    const next = ALL[ALL.indexOf(block) + 1];
    expect(next.lang).toBe('text');
    for (const line of next.code.split('\n').map((l) => l.replace(/ …$/, '').replace(/: …$/, '').replace(/\. Fix: …$/, '').trim()).filter((l) => l && l !== '…')) {
      expect((thrown as Error).message).toContain(line);
    }
  }, 60_000);

  test('every YAML block parses', () => {
    for (const b of ALL.filter((x) => x.lang === 'yaml')) {
      for (const doc of parseAllDocuments(b.code)) expect(doc.errors).toEqual([]);
    }
  });

  test('the suppression examples are valid', () => {
    const yamlBlocks = ALL.filter((b) => b.lang === 'yaml');
    const annotation = yamlBlocks.find((b) => b.code.includes(SUPPRESSION_ANNOTATION))!;
    const value = (parseAllDocuments(annotation.code)[0].toJS() as { metadata: { annotations: Record<string, string> } }).metadata.annotations[SUPPRESSION_ANNOTATION];
    expect(parseSuppressionAnnotation(value).problems).toEqual([]);
    const file = yamlBlocks.find((b) => b.code.startsWith('suppressions:'))!;
    expect(parseSuppressionsFile(file.code, 'exceptions.yaml').errors).toEqual([]);
  });

  test('the cdk8s.yaml plugin entry names an exported class and real properties', () => {
    const block = ALL.find((b) => b.lang === 'yaml' && b.code.includes('validations:'))!;
    const entry = (parseAllDocuments(block.code)[0].toJS() as { validations: Array<{ class: string; properties: Record<string, string> }> }).validations[0];
    expect(typeof (api as Record<string, unknown>)[entry.class]).toBe('function');
    expect(Object.keys(entry.properties).sort()).toEqual(['failOn', 'kubernetesVersion', 'profile']);
  });

  test('the CLI usage lists exactly the options the CLI has', () => {
    const usage = ALL.find((b) => b.lang === 'text' && b.code.startsWith('cdk8s-guardrails check'))!.code;
    const checkHelp = runBuiltCli(['check', '--help'], { cwd: ROOT }).stdout;
    const rulesHelp = runBuiltCli(['rules', '--help'], { cwd: ROOT }).stdout;
    const [checkPart, rulesPart] = usage.split('cdk8s-guardrails rules');
    const options = (text: string) => [...new Set(text.match(/--[a-z-]+/g))].sort();
    expect(options(checkPart)).toEqual(options(checkHelp).filter((o) => o !== '--help'));
    expect(options(rulesPart)).toEqual(options(rulesHelp).filter((o) => o !== '--help'));
  });

  test('the JSON report example has the fields the CLI writes', () => {
    const example = JSON.parse(ALL.find((b) => b.lang === 'json')!.code);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-readme-json-'));
    fs.writeFileSync(
      path.join(dir, 'agent.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\n  namespace: ops\nspec:\n  containers:\n    - name: agent\n      image: registry.example.com/agent:1.0.0\n      securityContext:\n        privileged: true\n',
    );
    const actual = JSON.parse(runBuiltCli(['check', '--profile', 'pss-baseline', '--format', 'json', 'agent.yaml'], { cwd: dir }).stdout);
    expect(Object.keys(example).sort()).toEqual(Object.keys(actual).sort());
    expect(Object.keys(example.findings[0]).sort()).toEqual(Object.keys(actual.findings[0]).sort());
    expect(example.findings[0]).toMatchObject({ ruleId: actual.findings[0].ruleId, path: actual.findings[0].path, line: actual.findings[0].line, column: actual.findings[0].column });
    expect(Object.keys(example.summary).sort()).toEqual(Object.keys(actual.summary).sort());
  });
});
