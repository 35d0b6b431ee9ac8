import * as fs from 'fs';
import * as path from 'path';

/** Name of the tool in reports. */
export const TOOL_NAME = 'cdk8s-guardrails';

/** Where users find the tool. */
export const TOOL_URI = 'https://www.npmjs.com/package/cdk8s-guardrails';

let cachedVersion: string | undefined;

/** The package version, read once from package.json (two levels up from src/ or lib/ files). */
export function toolVersion(): string {
  if (cachedVersion === undefined) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
      cachedVersion = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      cachedVersion = '0.0.0';
    }
  }
  return cachedVersion;
}
