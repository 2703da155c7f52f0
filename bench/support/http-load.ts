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
    errors: result.errors + result.timeouts,
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
