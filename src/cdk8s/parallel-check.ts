import * as fs from 'fs';
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { CheckJob, Verdict } from './check-job';

/** Slots of the shared signal array. */
export const SIGNAL_DONE = 0;
export const SIGNAL_PROGRESS = 1;

/** What the worker sends back: a verdict, or why it could not give one. */
export type WorkerMessage = { readonly verdict: Verdict } | { readonly error: string };

/**
 * The worker reports progress after loading, after analysis and as the rules go; a worker silent
 * this long is taken for dead (out of memory, failed to load) and the check runs in the main
 * thread instead, so a verdict always comes.
 */
const STALL_MS = 30_000;

const WORKER_YOUNG_GENERATION_MB = 4;

/** Only the compiled package has the worker script (sources run by ts-node or jest check in-process). */
const WORKER_FILE = path.join(__dirname, 'check-worker.js');
let workerFileExists: boolean | undefined;

/**
 * A synth-time check in a worker thread. `app.synth()` is synchronous, so the main thread hands
 * the job over, goes on serializing YAML, and then blocks on a shared flag for the verdict.
 */
export class ParallelCheck {
  /** Starts the worker early (its modules load while the app serializes), or undefined when unavailable. */
  public static start(): ParallelCheck | undefined {
    workerFileExists ??= fs.existsSync(WORKER_FILE);
    if (!workerFileExists) return undefined;
    return new ParallelCheck();
  }

  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private readonly results: MessagePort;
  private readonly worker: Worker;
  private submitted = false;

  private constructor() {
    const channel = new MessageChannel();
    this.results = channel.port1;
    this.worker = new Worker(WORKER_FILE, {
      workerData: { signal: this.signal, results: channel.port2 },
      transferList: [channel.port2],
      // A small young generation: the worker's garbage is collected more often (off the main
      // thread's path) and the process peaks ~25 MiB lower on a 10,000-object app.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // Never keep the process alive, and never let a dying worker's 'error' event crash the app.
    this.worker.unref();
    this.worker.on('error', () => undefined);
  }

  /** Hands the job to the worker (a structured clone); false if it cannot be cloned (check in this thread then). */
  public submit(job: CheckJob): boolean {
    try {
      this.worker.postMessage(job);
    } catch {
      return false;
    }
    this.submitted = true;
    return true;
  }

  /** Blocks until the worker's verdict; undefined if it failed or stalled (check in this thread then). */
  public verdict(): Verdict | undefined {
    if (!this.submitted) return undefined;
    let progress = Atomics.load(this.signal, SIGNAL_PROGRESS);
    let lastProgressAt = Date.now();
    while (Atomics.load(this.signal, SIGNAL_DONE) === 0) {
      Atomics.wait(this.signal, SIGNAL_DONE, 0, 1_000);
      const now = Atomics.load(this.signal, SIGNAL_PROGRESS);
      if (now !== progress) {
        progress = now;
        lastProgressAt = Date.now();
      } else if (Date.now() - lastProgressAt > STALL_MS) {
        return undefined;
      }
    }
    const message = receiveMessageOnPort(this.results)?.message as WorkerMessage | undefined;
    return message && 'verdict' in message ? message.verdict : undefined;
  }

  /** Stops the worker; safe to call more than once. */
  public dispose(): void {
    this.results.close();
    void this.worker.terminate();
  }
}
