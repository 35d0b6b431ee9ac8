import * as path from 'path';
import { buildInsecureApp } from './app';
import { GuardrailsError } from '../../src/cdk8s/errors';

// Shows what guardrails report for an insecure app; exits 1 (by design) with the findings.
const outdir = path.join(__dirname, 'dist');
try {
  buildInsecureApp(outdir).synth();
  console.log('Unexpected: the insecure app synthesized without blocking findings.');
  process.exitCode = 2;
} catch (error) {
  if (!(error instanceof GuardrailsError)) throw error;
  console.error(error.message);
  console.error(`\nReports: ${path.relative(process.cwd(), outdir)}/guardrails-report.json, guardrails-report.sarif`);
  process.exitCode = 1;
}
