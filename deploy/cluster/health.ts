/** Asking an instance whether it is ready, and waiting until it is. */

/** True when the instance on this loopback port answers /healthz with 200. */
export async function isReady(port: number, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * How long an instance may take to become ready: READY_TIMEOUT_SECONDS, 60 by
 * default (an instance reads and indexes the whole archive before it says
 * ready: seconds at 10,000 releases).
 */
export function readyTimeoutMs(): number {
  const raw = process.env.READY_TIMEOUT_SECONDS;
  const seconds = raw === undefined || raw === '' ? 60 : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new Error(`READY_TIMEOUT_SECONDS=${raw}: expected a number of seconds from 1 to 3600`);
  }
  return seconds * 1000;
}

/**
 * Waits until the instance on a port is ready; throws after `timeoutMs`,
 * naming the port, or as soon as `gaveUp` says why waiting is pointless (the
 * process keeps dying at start).
 */
export async function waitUntilReady(
  port: number,
  options: { timeoutMs?: number; gaveUp?: () => string | undefined } = {},
): Promise<number> {
  const timeoutMs = options.timeoutMs ?? readyTimeoutMs();
  const started = performance.now();
  let lastCheck = started;
  for (;;) {
    if (await isReady(port)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`the instance on port ${port} was not ready within ${timeoutMs / 1000} s: see its log in the cluster's logs/ folder`);
    }
    // Asking the process manager costs a process start: once a second is enough.
    if (options.gaveUp && performance.now() - lastCheck >= 1000) {
      lastCheck = performance.now();
      const reason = options.gaveUp();
      if (reason) throw new Error(`the instance on port ${port} ${reason}: see its log in the cluster's logs/ folder`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
