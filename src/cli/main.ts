#!/usr/bin/env node
/** Reads all of standard input (pipes, files and terminals alike). */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

// A reader that goes away (`| head`) is not an error worth a stack trace; anything else gets one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`error: cannot write to stdout: ${firstLine(error)}\n`);
  process.exitCode = 2;
});
process.on('uncaughtException', (error) => {
  process.stderr.write(`error: unexpected failure: ${firstLine(error)}\n`);
  process.exit(2);
});

// Loaded after the handlers above, so even a broken installation (a missing dependency) fails in one line.
Promise.all([import('./program'), import('./io')])
  .then(([{ runCli }, { wantsColor }]) =>
    runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      color: wantsColor(process.stdout, process.env),
    }),
  )
  .then((code) => {
    // exitCode, not exit(): lets a piped stdout flush before the process ends.
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`error: unexpected failure: ${firstLine(error)}\n`);
    process.exitCode = 2;
  });
