/**
 * Preloaded into the server that `npm run load` drives (`node --import`): measures how late the
 * event loop runs its callbacks (`perf_hooks.monitorEventLoopDelay`), the delay every request in
 * the process waits on top of its own work. Over the IPC channel the load script opens, `reset`
 * starts a new measurement and `report` answers the delays since, in milliseconds.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (nanoseconds) => Math.round(nanoseconds / 1e4) / 100;
  process.on('message', (message) => {
    if (message === 'event-loop-delay:reset') histogram.reset();
    if (message === 'event-loop-delay:report') {
      process.send({
        eventLoopDelay: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
      });
    }
  });
  // the channel is for the load script's questions: it never keeps the server alive
  process.channel?.unref();
}
