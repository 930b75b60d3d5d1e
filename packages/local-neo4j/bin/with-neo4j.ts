// Runs a command against a throwaway embedded Neo4j:
//   tsx packages/local-neo4j/bin/with-neo4j.ts [--neo4j-version V] [--java-home DIR] -- <command…>
// Starts the instance in a temp folder, runs the command with NEO4J_URI / NEO4J_USER /
// NEO4J_PASSWORD set (and TOUCHSTONE_TEST_NEO4J_*, which the test setup accepts: the instance is
// disposable), stops it, deletes the folder and exits with the command's code.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4jError, startLocalNeo4j } from '../src/index';

function parseArgs(argv: string[]): { neo4jVersion?: string; javaHome?: string; command: string[] } {
  const split = argv.indexOf('--');
  const options = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? [] : argv.slice(split + 1);
  const value = (flag: string) => {
    const at = options.indexOf(flag);
    return at === -1 ? undefined : options[at + 1];
  };
  if (command.length === 0)
    throw new LocalNeo4jError('usage: with-neo4j [--neo4j-version V] [--java-home DIR] -- <command…>');
  return { neo4jVersion: value('--neo4j-version'), javaHome: value('--java-home'), command };
}

async function main(): Promise<number> {
  const { neo4jVersion, javaHome, command } = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-with-neo4j-'));
  try {
    const started = Date.now();
    const db = await startLocalNeo4j({ dataDir: join(dir, 'data'), neo4jVersion, javaHome });
    console.log(
      `Neo4j ${db.neo4jVersion} ready at ${db.uri} (pid ${db.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    try {
      const env = {
        ...process.env,
        NEO4J_URI: db.uri,
        NEO4J_USER: db.user,
        NEO4J_PASSWORD: db.password,
        TOUCHSTONE_TEST_NEO4J_URI: db.uri,
        TOUCHSTONE_TEST_NEO4J_USER: db.user,
        TOUCHSTONE_TEST_NEO4J_PASSWORD: db.password,
      };
      const child = spawn(command[0] as string, command.slice(1), { stdio: 'inherit', env });
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on('SIGINT', forward).on('SIGTERM', forward);
      return await new Promise<number>((done) => {
        child.on('error', (error) => {
          console.error(`with-neo4j: cannot run ${command[0]}: ${error.message}`);
          done(127);
        });
        child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
      });
    } finally {
      await db.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
