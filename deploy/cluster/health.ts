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

/** Waits until the instance on a port is ready; throws after `timeoutMs`, naming the port. */
export async function waitUntilReady(port: number, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await isReady(port)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`the instance on port ${port} was not ready within ${timeoutMs / 1000} s: see its log in the cluster's logs/ folder`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
