// Compiles the Java launcher against a resolved Neo4j classpath, cached under java/target by a key
// of pom + launcher sources + Neo4j version + JDK, so only the first start pays for Maven and javac.
// A build lands in a temporary folder and is renamed into place, so parallel builds cannot clash.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LocalNeo4jError } from './errors';
import type { JavaRuntime } from './java-runtime';
import { checkMaven, resolveClasspath } from './maven';

export interface LauncherBuild {
  dir: string;
  /** launcher.jar first, then Neo4j's jars: the exact order a class archive was made with. */
  classpath: string[];
}

const sourceDir = (javaDir: string) => join(javaDir, 'src', 'main', 'java', 'touchstone');

export function launcherCacheKey(javaDir: string, neo4jVersion: string, runtime: JavaRuntime): string {
  const hash = createHash('sha256').update(readFileSync(join(javaDir, 'pom.xml')));
  for (const file of readdirSync(sourceDir(javaDir)).sort()) {
    hash.update(file).update(readFileSync(join(sourceDir(javaDir), file)));
  }
  hash.update(neo4jVersion).update(runtime.versionText);
  return `${neo4jVersion}-java${runtime.major}-${hash.digest('hex').slice(0, 12)}`;
}

function readBuild(dir: string): LauncherBuild | null {
  const file = join(dir, 'classpath.txt');
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  // A wiped ~/.m2 invalidates the build even though the key still matches.
  return classpath.every((entry) => existsSync(entry)) ? { dir, classpath } : null;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim();
    throw new LocalNeo4jError(`${what} failed:\n${output.split('\n').slice(-20).join('\n')}`);
  }
}

/** Older builds of the same Neo4j and Java (from earlier launcher sources) only take disk space. */
function pruneOlderBuilds(dir: string): void {
  const parent = dirname(dir);
  const prefix = basename(dir).replace(/[^-]+$/, '');
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix) && name !== basename(dir) && !name.includes('.tmp-')) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

export function buildLauncher(
  javaDir: string,
  neo4jVersion: string,
  runtime: JavaRuntime,
  env: NodeJS.ProcessEnv,
): LauncherBuild {
  const dir = join(javaDir, 'target', 'launcher', launcherCacheKey(javaDir, neo4jVersion, runtime));
  const cached = readBuild(dir);
  if (cached) return cached;

  checkMaven();
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'classes'), { recursive: true });
  try {
    const deps = resolveClasspath(
      join(javaDir, 'pom.xml'),
      neo4jVersion,
      join(work, 'maven-classpath.txt'),
      env,
    );
    const sources = readdirSync(sourceDir(javaDir))
      .filter((f) => f.endsWith('.java'))
      .map((f) => join(sourceDir(javaDir), f));
    run(
      runtime.javac,
      ['-encoding', 'UTF-8', '-d', join(work, 'classes'), '-cp', deps.join(':'), ...sources],
      'javac',
    );
    // A jar rather than a classes folder: class data sharing refuses non-empty directories.
    run(runtime.jar, ['cf', join(work, 'launcher.jar'), '-C', join(work, 'classes'), '.'], 'jar');
    const classpath = [join(dir, 'launcher.jar'), ...deps];
    writeFileSync(join(work, 'classpath.txt'), `${classpath.join('\n')}\n`);
    if (existsSync(dir) && !readBuild(dir)) rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    // A parallel build that finished first is as good as ours (the rename onto it fails).
    const winner = readBuild(dir);
    if (winner) return winner;
    throw error;
  }
  const built = readBuild(dir);
  if (!built) throw new LocalNeo4jError(`the launcher build in ${dir} is incomplete`);
  pruneOlderBuilds(dir);
  return built;
}
