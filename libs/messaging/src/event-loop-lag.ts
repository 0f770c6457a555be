import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/** How often the sampling timer fires (its own period is taken off every reading). */
const RESOLUTION_MS = 10;
/** Each reading covers one window; health shows the last full one. */
const WINDOW_MS = 60_000;

let histogram: IntervalHistogram | null = null;
let last: { p99Ms: number; maxMs: number } | null = null;

const lagMs = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);

function read(h: IntervalHistogram): { p99Ms: number; maxMs: number } {
  return h.count > 0 ? { p99Ms: lagMs(h.percentile(99)), maxMs: lagMs(h.max) } : { p99Ms: 0, maxMs: 0 };
}

/**
 * How late this process's event loop runs (perf_hooks' monitorEventLoopDelay, started on the
 * first call): the 99th percentile and the maximum delay over the last full minute (over the
 * minute so far, until one has passed). Health details show it as `eventLoopLagP99Ms`; the soak
 * (`npm run soak`) reads it.
 */
export function eventLoopLag(): { p99Ms: number; maxMs: number } {
  if (!histogram) {
    const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    h.enable();
    histogram = h;
    setInterval(() => {
      last = read(h);
      h.reset();
    }, WINDOW_MS).unref();
  }
  return last ?? read(histogram);
}
