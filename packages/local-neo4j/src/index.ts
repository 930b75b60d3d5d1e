/**
 * @touchstone/local-neo4j — runs Neo4j Community embedded in a small Java launcher, without
 * Docker: throwaway instances for tests and one persistent, detached instance for the CLI.
 */

/** Error with a user-facing message (missing Java or Maven, a failed start with its log tail). */
export { LocalNeo4jError } from './errors';

/**
 * Checks Java, resolves Neo4j's jars with Maven, compiles the launcher and makes its class
 * archive, all cached under java/target; run by CI before tests so they do not download.
 */
export { prepareLocalNeo4j, type PrepareLocalNeo4jOptions, type PreparedLocalNeo4j } from './prepare';

/**
 * Starts Neo4j on a data directory (free port and random password unless given) and resolves
 * once it answers `RETURN 1` over Bolt; `handle.stop()` shuts it down cleanly.
 */
export { startLocalNeo4j, type StartLocalNeo4jOptions, type LocalNeo4jHandle } from './start';

/** Starts the persistent local database in the background, or returns the one already running. */
export { localDbStart, type LocalDbOptions, type LocalDbStatus } from './local-db';

/** Stops the persistent local database (SIGTERM, wait for exit); resolves to whether it ran. */
export { localDbStop } from './local-db';

/** Reports whether the persistent local database runs, where, and how much disk its store uses. */
export { localDbStatus } from './local-db';

/** Where the persistent local database keeps its store, password, state and log. */
export { localDbPaths, type LocalDbPaths } from './local-state';

/** An unused TCP port on 127.0.0.1, chosen by the operating system. */
export { findFreePort, isPortFree } from './free-port';

/** The monorepo root: the nearest folder above that holds pnpm-workspace.yaml. */
export { findRepoRoot } from './repo-root';

/** The Neo4j version pinned by the launcher's pom (`neo4j.version`). */
export { defaultNeo4jVersion } from './neo4j-version';

/** The oldest Java a Neo4j version runs on: 17 for 5.x, 21 for calendar releases. */
export { requiredJavaMajor } from './neo4j-version';
