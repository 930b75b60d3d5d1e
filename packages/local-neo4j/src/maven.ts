// Resolves the embedded Neo4j's runtime classpath with Maven (downloads into ~/.m2 on first use).
// Only `dependency:build-classpath` runs: the launcher itself is compiled by javac, not Maven.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LocalNeo4jError } from './errors';

/** Reads "3.8.7" from `mvn --version` output as [3, 8, 7]. */
export function parseMavenVersion(output: string): number[] | null {
  const match = /Apache Maven (\d+)\.(\d+)\.(\d+)/.exec(output);
  return match ? match.slice(1, 4).map(Number) : null;
}

export function checkMaven(): void {
  const run = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new LocalNeo4jError(
      'mvn (Apache Maven 3.6.3+) was not found on the PATH: it fetches the embedded Neo4j',
    );
  }
  // Some Maven builds colour their output even when it is not a terminal: drop ESC[…m sequences.
  const version = parseMavenVersion(
    run.stdout.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
  );
  const [major = 0, minor = 0, patch = 0] = version ?? [];
  if (version && major * 10_000 + minor * 100 + patch < 30_603) {
    throw new LocalNeo4jError(`Maven ${version.join('.')} is too old: the embedded Neo4j needs Maven 3.6.3+`);
  }
}

export function resolveClasspath(
  pomPath: string,
  neo4jVersion: string,
  outputFile: string,
  env: NodeJS.ProcessEnv,
): string[] {
  const args = [
    '-B',
    '-q',
    '-f',
    pomPath,
    'dependency:build-classpath',
    `-Dneo4j.version=${neo4jVersion}`,
    `-Dmdep.outputFile=${outputFile}`,
  ];
  const run = spawnSync('mvn', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Maven could not resolve org.neo4j:neo4j:${neo4jVersion}:\n${output}`);
  }
  return readFileSync(outputFile, 'utf8').trim().split(':').filter(Boolean);
}
