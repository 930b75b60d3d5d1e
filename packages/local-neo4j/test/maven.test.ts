import { afterEach, describe, expect, it } from 'vitest';
import { checkMaven, parseMavenVersion } from '../src/maven';

describe('Maven checks', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('reads the version from `mvn --version`', () => {
    expect(parseMavenVersion('Apache Maven 3.8.7\nMaven home: /usr/share/maven')).toEqual([3, 8, 7]);
    expect(parseMavenVersion('something else')).toBeNull();
  });

  it('says what is missing when mvn is not on the PATH', () => {
    process.env.PATH = '/nonexistent-touchstone-bin';
    expect(() => checkMaven()).toThrow(
      'local-neo4j: mvn (Apache Maven 3.6.3+) was not found on the PATH: it fetches the embedded Neo4j',
    );
  });

  it('accepts the Maven on this machine', () => {
    expect(() => checkMaven()).not.toThrow();
  });
});
