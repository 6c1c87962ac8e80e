/**
 * Load through autocannon: a fixed number of connections, each with one request in flight, for a
 * duration or a number of requests. Latency percentiles come from every response's own time
 * (autocannon's `response` event, sub-millisecond), not from its 1 ms histogram.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  /** Seconds; or `amount`. */
  durationS?: number;
  /** Requests in all (autocannon waits for every one of them). */
  amount?: number;
  /** Whether an answer is right (a read's must equal the checked one); wrong ones count as mismatches. */
  check?: (body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  /** From the first request sent to the last answer received. */
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  mismatches: number;
  /** The first answer `check` refused, cut short: what went wrong. */
  sample?: string;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let sample: string | undefined;
  // autocannon's own `duration` ends at its next one-second tick after the last answer, so a run of
  // 2.05 s would count as 3.0 and its req/s as two thirds of what was served: time it here instead.
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationS ?? 3 }),
        // A function rather than autocannon's expectBody, to keep the first wrong answer for the report.
        verifyBody: (body) => {
          const text = typeof body === 'string' ? body : (body?.toString('utf8') ?? '');
          if (!options.check || options.check(text)) return true;
          sample ??= text.slice(0, 400);
          return false;
        },
        timeout: 10,
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const requests = result.requests.total;
        // No answer at all (every request failed to connect): autocannon's duration, the only one there is.
        const seconds = lastAnswer > started ? (lastAnswer - started) / 1000 : result.duration;
        resolve({
          requests,
          seconds,
          rps: requests / seconds,
          p50: percentile(times, 50),
          p99: percentile(times, 99),
          errors: result.errors,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          ...(sample === undefined ? {} : { sample }),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
      lastAnswer = performance.now();
    });
  });
}
