import { describe, expect, it } from 'vitest';
import { launcherCacheKey } from '../src/build-launcher';
import type { JavaRuntime } from '../src/java-runtime';
import { defaultNeo4jVersion } from '../src/neo4j-version';
import { javaProjectDir } from '../src/repo-root';

const java17: JavaRuntime = {
  java: 'java',
  javac: 'javac',
  jar: 'jar',
  major: 17,
  versionText: 'openjdk version "17.0.15"',
};

describe('the launcher build cache', () => {
  it('pins a 5.26 release in the pom', () => {
    expect(defaultNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('keys a build by Neo4j version and JDK, stably', () => {
    const key = launcherCacheKey(javaProjectDir, '5.26.30', java17);
    expect(key).toMatch(/^5\.26\.30-java17-[0-9a-f]{12}$/);
    expect(launcherCacheKey(javaProjectDir, '5.26.30', java17)).toBe(key);
    expect(launcherCacheKey(javaProjectDir, '5.26.29', java17)).not.toBe(key);
    const otherBuild = { ...java17, versionText: 'openjdk version "17.0.16"' };
    expect(launcherCacheKey(javaProjectDir, '5.26.30', otherBuild)).not.toBe(key);
  });
});
