// Which Neo4j release to run and which Java it needs. The default comes from the pom's
// `neo4j.version` property, so the pom stays the one place that pins it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';
import { javaProjectDir } from './repo-root';

export function defaultNeo4jVersion(pomPath = join(javaProjectDir, 'pom.xml')): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`no <neo4j.version> property in ${pomPath}`);
  return match[1].trim();
}

/** 5.x runs on Java 17; calendar releases (2025.01 on) are built for Java 21. */
export function requiredJavaMajor(neo4jVersion: string): number {
  const major = Number.parseInt(neo4jVersion.split('.')[0] ?? '', 10);
  if (!Number.isFinite(major)) throw new LocalNeo4jError(`cannot read Neo4j version "${neo4jVersion}"`);
  if (major >= 2025) return 21;
  if (major === 5) return 17;
  throw new LocalNeo4jError(
    `Neo4j ${neo4jVersion} is not supported: use 5.26.x or a calendar release (2025.01+)`,
  );
}
