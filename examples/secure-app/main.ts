import * as fs from 'fs';
import * as path from 'path';
import { buildSecureApp } from './app';
import { GuardrailsError } from '../../src/cdk8s/errors';

const outdir = path.join(__dirname, 'dist');
try {
  const app = buildSecureApp(outdir);
  app.synth();
  const files = fs.readdirSync(outdir).sort();
  console.log(`Synthesized the secure app with guardrails (recommended profile) into ${path.relative(process.cwd(), outdir) || outdir}/:`);
  for (const file of files) console.log(`  ${file}`);
} catch (error) {
  if (error instanceof GuardrailsError) {
    console.error(error.message);
    console.error(`Reports: ${path.relative(process.cwd(), outdir)}/guardrails-report.json, guardrails-report.sarif`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
