import { Finding } from '../engine/types';

/** `Kind namespace/name`, the way kubectl users read a resource. */
export function describeResource(f: Pick<Finding, 'resource'>): string {
  const { kind, namespace, name } = f.resource;
  const id = [namespace, name ?? '(unnamed)'].filter((x) => x !== undefined).join('/');
  return `${kind || '(no kind)'} ${id}`;
}

/** Where the finding sits: file:line:column and/or construct path. */
export function describeLocation(f: Finding): string {
  const parts: string[] = [];
  if (f.file !== undefined) parts.push(f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file);
  if (f.constructPath !== undefined) parts.push(f.constructPath);
  return parts.join(', ');
}

/** One line per finding: `[RULE-ID] Kind ns/name (location) at /pointer: message. Fix: remediation` */
export function formatFindingLine(f: Finding): string {
  const location = describeLocation(f);
  const message = f.message.replace(/\.$/, '');
  return `[${f.ruleId}] ${describeResource(f)}${location ? ` (${location})` : ''} at ${f.path || '/'}: ${message}. Fix: ${f.remediation}`;
}
