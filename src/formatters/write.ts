import * as fs from 'fs';
import { renderRun, ReportFormat } from './index';
import { CheckRun } from './run';

/** Writes a run's report to a file piece by piece (see `renderRun`); a failed write leaves no partial regular file. */
export function writeRunFile(file: string, run: CheckRun, format: ReportFormat): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of renderRun(run, format)) writeAll(fd, Buffer.from(chunk, 'utf8'));
  } catch (error) {
    // Only a regular file is ours to remove: `--output /dev/stdout` or a pipe must stay.
    const regular = fs.fstatSync(fd).isFile();
    fs.closeSync(fd);
    if (regular) fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
}

/** write(2) may write less than asked (a full disk reports ENOSPC only on the next call). */
function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}
