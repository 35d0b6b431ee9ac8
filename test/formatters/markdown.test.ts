import { formatMarkdown } from '../../src/formatters';
import { inlineCode, tableCell } from '../../src/formatters/markdown-text';
import { sampleRun } from './sample-run';

/** Cells of a Markdown table row, splitting on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .replace(/^\|\s?/, '')
    .replace(/\s?\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('### '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.startsWith('|'));
}

describe('Markdown formatter', () => {
  test('verdict and summary table', () => {
    const md = formatMarkdown(sampleRun());
    expect(md.startsWith('## cdk8s-guardrails report\n\n❌ **3 finding(s) at or above `error`.**\n')).toBe(true);
    const summary = md.split('\n').filter((l) => l.startsWith('| sample |'));
    expect(summary.map(cells)).toEqual([['sample', 'latest', '3', '3', '0', '0', '1', '0']]);
    expect(formatMarkdown(sampleRun({ failOn: 'never' }))).toContain('✅ **No findings at or above `never`.**');
  });

  test('findings table: one row per unsuppressed finding, pipes escaped so every row has 7 cells', () => {
    const rows = section(formatMarkdown(sampleRun()), '### Findings');
    expect(rows).toHaveLength(2 + 3);
    for (const row of rows) expect(cells(row)).toHaveLength(7);
    const web = cells(rows[2]);
    expect(web.slice(0, 5)).toEqual(['🔴 error', '`image-tag`', 'Pod team/web', 'manifests/app.yaml:9:7', '`/spec/containers/0/image`']);
    expect(web[5]).toBe('container "app" uses image "evil\\|&lt;&amp;&gt;"\'\u0007:latest" with the mutable tag latest');
  });

  test('suppressed findings are listed with reason and where the suppression was declared', () => {
    const rows = section(formatMarkdown(sampleRun()), '### Suppressed findings');
    expect(rows.slice(2).map(cells)).toEqual([
      ['`pss-privileged`', 'Deployment ops/agent', 'manifests/app.yaml:27:13', 'container "agent" sets securityContext.privileged=true', 'Node agent needs host devices (SEC-1)', '—', 'annotation'],
    ]);
  });

  test('input errors come first and change the verdict', () => {
    const md = formatMarkdown(sampleRun({ withErrors: true }));
    expect(md).toContain('❌ **1 input error(s)**');
    expect(md).toContain('### Input errors\n\n- manifests/broken.yaml:4:3: Nested mappings are not allowed in compact mappings\n');
  });

  test('cell and code helpers escape what would break a table', () => {
    expect(tableCell('a|b\\|c\nd <x> &amp;')).toBe('a\\|b\\\\\\|c<br>d &lt;x&gt; &amp;amp;');
    expect(inlineCode('has `tick`')).toBe('`` has `tick` ``');
    expect(inlineCode('plain')).toBe('`plain`');
  });
});
