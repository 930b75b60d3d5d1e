/**
 * Starts both APIs for the benchmark as their own processes (so the load generator does not share
 * their event loop): ours from apps/api with a benchmark user and token, the peer from
 * peer-server.ts. Each is stopped by its process id when the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { addUser, findUser, signToken } from '@touchstone/auth';
import type { Driver } from 'neo4j-driver';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningApi {
  url: string;
  headers: Record<string, string>;
  /** The API process, to read its CPU time. */
  pid: number;
  /** Asks the process to stop, and kills it when it has not within five seconds. */
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** A started process, its URL, and a wait for a later line of its log. */
interface Started {
  child: ChildProcess;
  url: string;
  logged(line: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
}

async function start(script: string, env: Record<string, string>, ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  let log = '';
  const append = (chunk: Buffer) => (log += chunk.toString());
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  // Resolves with the first match of `line` in the log; fails when the process exits first or the time is up.
  const logged = (line: RegExp, timeoutMs: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const stop = () => {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        child.off('exit', exited);
      };
      const check = () => {
        const match = line.exec(log);
        if (!match) return;
        stop();
        resolve(match);
      };
      const exited = (code: number | null) => {
        stop();
        reject(new Error(`bench: ${script} exited with ${code}:\n${log}`));
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`bench: ${script} did not log ${line}:\n${log}`));
      }, timeoutMs);
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', exited);
      check();
    });
  const [, url] = await logged(ready, 120_000);
  return { child, url: url!, logged };
}

/** Our API on `port`, with a token for an investigator created for the run. */
export async function startOurs(driver: Driver, port: number): Promise<RunningApi> {
  const secret = randomBytes(32).toString('hex');
  const { child, url, logged } = await start(
    'apps/api/src/main.ts',
    { PORT: String(port), TOUCHSTONE_JWT_SECRET: secret },
    /Touchstone API at (\S+)/,
  );
  // At start the API plans every canned query in the background, a minute of Neo4j's CPU that
  // would be measured against both APIs; a user meets it once per start, not per request.
  await logged(/api: planned \d+ canned queries/, 300_000);
  if (!(await findUser(driver, 'bench-investigator')))
    await addUser(driver, 'bench-investigator', 'investigator');
  const { token } = await signToken(secret, 'bench-investigator', 'investigator');
  return { url, headers: { authorization: `Bearer ${token}` }, pid: child.pid!, stop: stopper(child) };
}

/** The @neo4j/graphql peer on `port`. */
export async function startPeer(port: number): Promise<RunningApi> {
  const { child, url } = await start(
    'bench/api/peer-server.ts',
    { PEER_PORT: String(port) },
    /PEER_READY (\S+)/,
  );
  return { url, headers: {}, pid: child.pid!, stop: stopper(child) };
}
