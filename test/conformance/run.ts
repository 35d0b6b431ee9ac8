import { FixtureDirectoryError, formatDisagreement, runConformance } from './conformance';

/**
 * `npm run conformance -- <dir>`: checks the Pod Security Standards reference fixtures (see
 * conformance.ts for the rules). Exit 0 when everything agrees, 1 on any disagreement, 2 when the
 * directory is missing or unusable.
 */
function main(argv: readonly string[]): number {
  const dir = argv[0];
  if (!dir || argv.length > 1) {
    process.stderr.write('Usage: npm run conformance -- <dir>  (dir holds <baseline|restricted>/v1.<minor>/<pass|fail>/<name>.yaml)\n');
    return 2;
  }
  let result;
  try {
    result = runConformance(dir);
  } catch (error) {
    if (error instanceof FixtureDirectoryError) {
      process.stderr.write(`conformance: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`conformance: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  for (const d of result.disagreements) process.stdout.write(formatDisagreement(d) + '\n');
  process.stdout.write(`${result.passed} passed, ${result.failed} failed\n`);
  return result.failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
