// Locates the Java toolchain (JAVA_HOME, else the PATH) and checks it is new enough, turning
// "command not found" and class-version crashes into one clear sentence.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';

export interface JavaRuntime {
  java: string;
  javac: string;
  jar: string;
  /** Feature release, e.g. 17 or 25. */
  major: number;
  /** Full `java -version` output: part of the build cache key (it names vendor and build). */
  versionText: string;
}

/** Reads the major version from `java -version` output (`"17.0.15"`, `"25"`, legacy `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function tool(javaHome: string | undefined, name: string): string {
  return javaHome ? join(javaHome, 'bin', name) : name;
}

export function resolveJava(
  javaHome: string | undefined,
  requiredMajor: number,
  forWhat: string,
): JavaRuntime {
  const java = tool(javaHome, 'java');
  if (javaHome && !existsSync(java)) {
    throw new LocalNeo4jError(
      `no java at ${java}: JAVA_HOME (${javaHome}) must point at a JDK ${requiredMajor}+`,
    );
  }
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error) {
    throw new LocalNeo4jError(
      `java was not found on the PATH: install a JDK ${requiredMajor}+ or set JAVA_HOME (${forWhat})`,
    );
  }
  const output = `${run.stderr}${run.stdout}`;
  const major = parseJavaMajor(output);
  if (major === null) throw new LocalNeo4jError(`cannot read the version of ${java}: ${output.trim()}`);
  if (major < requiredMajor) {
    throw new LocalNeo4jError(
      `${forWhat} needs Java ${requiredMajor}+, but ${java} is Java ${major}: set JAVA_HOME to a newer JDK`,
    );
  }
  const javac = tool(javaHome, 'javac');
  if (spawnSync(javac, ['-version']).error) {
    throw new LocalNeo4jError(`javac was not found next to ${java}: a full JDK (not a JRE) is needed`);
  }
  return { java, javac, jar: tool(javaHome, 'jar'), major, versionText: output.trim() };
}
