/** One autocannon run against one URL, summarised. */
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Answers other than 2xx. */
  non2xx: number;
}

export async function loadUrl(url: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Connection errors, timeouts included (autocannon counts them among its errors).
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Sequential requests, one at a time: the latency a single reader sees, in ms. */
export async function timeRequests(urls: readonly string[]): Promise<{ latencies: number[]; statuses: number[] }> {
  const latencies: number[] = [];
  const statuses: number[] = [];
  for (const url of urls) {
    const began = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - began);
    statuses.push(response.status);
  }
  return { latencies, statuses };
}

/** Readers meanwhile: a load over several pages, each checked against the status it must answer. */
export interface CheckedLoad {
  /** Ends the load; `finished` then resolves. */
  stop(): void;
  finished: Promise<autocannon.Result>;
  /** Answers with another status than expected, as `path: status, expected N` (the first 20). */
  wrong: string[];
  /** How many answers had another status than expected, all of them. */
  wrongCount(): number;
  /** How many answers have come back so far: what a test waits on, rather than the clock. */
  answered(): number;
}

/** Runs until stopped (or `maxSeconds`), cycling each connection through `expected`'s paths, as fast as it can or at `requestsPerSecond`. */
export function checkedLoad(
  url: string,
  expected: readonly (readonly [path: string, status: number])[],
  options: { connections: number; maxSeconds: number; timeoutSeconds: number; requestsPerSecond?: number },
): CheckedLoad {
  const wrong: string[] = [];
  let wrongCount = 0;
  let answered = 0;
  let stop = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.maxSeconds,
        timeout: options.timeoutSeconds,
        // autocannon pairs answers with the wrong requests after a server
        // closes a kept-alive connection (nginx does after keepalive_requests,
        // 10,000): seen as /feed.xml "404" and a 404 page "200" on the same
        // connections, every cycle after. Reconnecting well before that keeps
        // every answer with its request.
        reconnectRate: 1000,
        ...(options.requestsPerSecond ? { overallRate: options.requestsPerSecond } : {}),
        requests: expected.map(([path, status]) => ({
          method: 'GET' as const,
          path,
          onResponse: (answer: number) => {
            answered++;
            if (answer === status) return;
            wrongCount++;
            if (wrong.length < 20) wrong.push(`${path}: ${answer}, expected ${status}`);
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    stop = () => instance.stop();
  });
  return { stop: () => stop(), finished, wrong, wrongCount: () => wrongCount, answered: () => answered };
}
