/**
 * Worker thread entry: runs one synth-time check while the main thread writes YAML.
 * Loaded by ParallelCheck from the compiled package only.
 */
import { MessagePort, parentPort, workerData } from 'worker_threads';
import { CheckJob, evaluateJob, verdictOf } from './check-job';
import { SIGNAL_DONE, SIGNAL_PROGRESS, WorkerMessage } from './parallel-check';

const { signal, results } = workerData as { signal: Int32Array; results: MessagePort };

function beat(): void {
  Atomics.add(signal, SIGNAL_PROGRESS, 1);
}

beat(); // modules loaded
parentPort!.once('message', (job: CheckJob) => {
  beat();
  let message: WorkerMessage;
  try {
    message = { verdict: verdictOf(job, evaluateJob(job, beat)) };
  } catch (error) {
    message = { error: error instanceof Error ? error.message : String(error) };
  }
  results.postMessage(message);
  Atomics.store(signal, SIGNAL_DONE, 1);
  Atomics.notify(signal, SIGNAL_DONE);
});
