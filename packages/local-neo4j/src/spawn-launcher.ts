// Spawns the launcher JVM with its output appended to a log file (never a pipe, so a detached
// instance outlives this process) and the password in its environment, not on its command line.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalNeo4jError } from './errors';

export interface SpawnRequest {
  java: string;
  args: string[];
  password: string;
  logFile: string;
  detached: boolean;
}

export interface SpawnedLauncher {
  pid: number;
  /** Where this start's output begins in the (appended) log file. */
  logOffset: number;
}

export function spawnLauncher(request: SpawnRequest): SpawnedLauncher {
  mkdirSync(dirname(request.logFile), { recursive: true });
  const logOffset = existsSync(request.logFile) ? statSync(request.logFile).size : 0;
  const fd = openSync(request.logFile, 'a');
  try {
    const child = spawn(request.java, request.args, {
      detached: request.detached,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, TOUCHSTONE_NEO4J_PASSWORD: request.password },
    });
    if (child.pid === undefined) throw new LocalNeo4jError(`could not run ${request.java}`);
    // Spawn errors (e.g. ENOENT) arrive asynchronously; readiness then sees the process is gone.
    child.on('error', () => undefined);
    if (request.detached) child.unref();
    return { pid: child.pid, logOffset };
  } finally {
    closeSync(fd);
  }
}
