#!/usr/bin/env bash
# Runs the integration tests against the newest Neo4j calendar release on a Java 25 JDK, to catch
# breakage before the pinned 5.26 LTS is upgraded. The embedded launcher starts that release in a
# temp folder; the tests reach it through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (and the
# TOUCHSTONE_TEST_NEO4J_* names the test setup reads). Tests that start a Neo4j of their own use
# the same release through TOUCHSTONE_NEO4J_VERSION and JAVA_HOME.
#   LATEST_NEO4J_VERSION  calendar release to test (default below; bump it when a newer one ships)
#   JDK25_HOME            Java 25 JDK (default /usr/lib/jvm/temurin-25-jdk-amd64)
set -euo pipefail
cd "$(dirname "$0")/.."

version="${LATEST_NEO4J_VERSION:-2026.08.1}"
jdk="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if [ ! -x "$jdk/bin/java" ] || [ ! -x "$jdk/bin/javac" ]; then
  echo "test-latest-neo4j: skipped: no Java 25 JDK at $jdk (Neo4j $version is run on Java 25; set JDK25_HOME)"
  exit 0
fi
if ! command -v mvn >/dev/null; then
  echo "test-latest-neo4j: skipped: mvn is not on the PATH (it fetches Neo4j $version from Maven Central)"
  exit 0
fi

echo "test-latest-neo4j: Neo4j $version on $("$jdk/bin/java" -version 2>&1 | head -1)"
export JAVA_HOME="$jdk"
# Tests that start a throwaway Neo4j of their own use the same release.
export TOUCHSTONE_NEO4J_VERSION="$version"
exec pnpm exec tsx packages/local-neo4j/bin/with-neo4j.ts --neo4j-version "$version" --java-home "$jdk" -- \
  pnpm vitest run --project integration "$@"
