// Process bookkeeping by pid, for instances this process started and for a detached one found
// through its state file: liveness, waiting for exit, and a SIGTERM-then-SIGKILL stop.
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Asks the JVM to shut down cleanly (its shutdown hook closes the store); kills it if it hangs. */
export async function terminateProcess(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return;
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}
