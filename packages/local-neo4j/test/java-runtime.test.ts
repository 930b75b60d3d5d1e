import { afterEach, describe, expect, it } from 'vitest';
import { LocalNeo4jError } from '../src/errors';
import { parseJavaMajor, resolveJava } from '../src/java-runtime';
import { requiredJavaMajor } from '../src/neo4j-version';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "25" 2025-09-16', 25],
    ['openjdk version "21.0.2" 2024-01-16 LTS', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', null],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('requiredJavaMajor', () => {
  it('asks Java 17 for 5.26 and Java 21 for calendar releases', () => {
    expect(requiredJavaMajor('5.26.30')).toBe(17);
    expect(requiredJavaMajor('2025.01.0')).toBe(21);
    expect(requiredJavaMajor('2026.08.1')).toBe(21);
  });

  it('rejects a 4.x release with a clear message', () => {
    expect(() => requiredJavaMajor('4.4.48')).toThrow(/4\.4\.48 is not supported/);
  });
});

describe('resolveJava', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('says what to do when java is not on the PATH', () => {
    process.env.PATH = '/nonexistent-touchstone-bin';
    const call = () => resolveJava(undefined, 17, 'Neo4j 5.26.30');
    expect(call).toThrow(LocalNeo4jError);
    expect(call).toThrow(
      'local-neo4j: java was not found on the PATH: install a JDK 17+ or set JAVA_HOME (Neo4j 5.26.30)',
    );
  });

  it('says JAVA_HOME is wrong when it holds no java', () => {
    expect(() => resolveJava('/nonexistent-jdk', 21, 'Neo4j 2026.08.1')).toThrow(
      'local-neo4j: no java at /nonexistent-jdk/bin/java: JAVA_HOME (/nonexistent-jdk) must point at a JDK 21+',
    );
  });

  it('refuses a Java that is too old, naming both versions', () => {
    expect(() => resolveJava(undefined, 99, 'Neo4j 2099.01.0')).toThrow(
      /Neo4j 2099\.01\.0 needs Java 99\+, but java is Java \d+/,
    );
  });

  it('finds the JDK on the PATH with its major version', () => {
    const runtime = resolveJava(undefined, 17, 'Neo4j 5.26.30');
    expect(runtime.major).toBeGreaterThanOrEqual(17);
    expect(runtime.versionText).toContain('version');
  });
});
