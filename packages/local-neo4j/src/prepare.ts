// Everything a start needs before spawning Java: the JDK checked, Neo4j's jars resolved, the
// launcher compiled, and (once per build) a class archive that makes later JVM starts faster.
// CI calls this up front so tests do not pay for downloads.
import { existsSync } from 'node:fs';
import { buildLauncher, type LauncherBuild } from './build-launcher';
import { classArchivePath, createClassArchive } from './class-archive';
import { resolveJava, type JavaRuntime } from './java-runtime';
import { defaultNeo4jVersion, requiredJavaMajor } from './neo4j-version';
import { javaProjectDir } from './repo-root';

export interface PrepareLocalNeo4jOptions {
  /** Neo4j release, e.g. "5.26.30" or "2026.08.1"; defaults to the pom's `neo4j.version`. */
  neo4jVersion?: string;
  /** JDK to use; defaults to $JAVA_HOME, then `java` on the PATH. */
  javaHome?: string;
  /** Make the class archive now if missing (a one-off training start of about half a minute). */
  classArchive?: boolean;
}

export interface PreparedLocalNeo4j {
  neo4jVersion: string;
  runtime: JavaRuntime;
  build: LauncherBuild;
  /** The class archive, when one exists for this build. */
  classArchive: string | null;
}

export function resolveLaunch(options: PrepareLocalNeo4jOptions = {}): PreparedLocalNeo4j {
  const neo4jVersion = options.neo4jVersion ?? defaultNeo4jVersion();
  const javaHome = options.javaHome ?? process.env.JAVA_HOME ?? undefined;
  const runtime = resolveJava(
    javaHome || undefined,
    requiredJavaMajor(neo4jVersion),
    `Neo4j ${neo4jVersion}`,
  );
  const env = javaHome ? { ...process.env, JAVA_HOME: javaHome } : process.env;
  const build = buildLauncher(javaProjectDir, neo4jVersion, runtime, env);
  const archive = classArchivePath(build);
  return { neo4jVersion, runtime, build, classArchive: existsSync(archive) ? archive : null };
}

export async function prepareLocalNeo4j(options: PrepareLocalNeo4jOptions = {}): Promise<PreparedLocalNeo4j> {
  const prepared = resolveLaunch(options);
  if (options.classArchive === false || prepared.classArchive) return prepared;
  return { ...prepared, classArchive: await createClassArchive(prepared.runtime, prepared.build) };
}
