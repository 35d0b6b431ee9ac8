// Writes docs/rules.md from the rule metadata. Run with `npm run docs`.
import * as fs from 'fs';
import * as path from 'path';
import { generateRulesDoc } from '../../src/docs/rules-doc';

export const RULES_DOC_PATH = path.resolve(__dirname, '..', '..', 'docs', 'rules.md');

if (require.main === module) {
  fs.mkdirSync(path.dirname(RULES_DOC_PATH), { recursive: true });
  fs.writeFileSync(RULES_DOC_PATH, generateRulesDoc());
  process.stdout.write(`wrote ${path.relative(process.cwd(), RULES_DOC_PATH)}\n`);
}
