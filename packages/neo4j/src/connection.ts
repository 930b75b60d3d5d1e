// Where the database is: an external server named by NEO4J_URI (Aura, a cluster, a single server,
// used as is), or nothing, in which case the caller starts or finds the local embedded instance.

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default (`neo4j` on Community). */
  database?: string;
}

/** NEO4J_DATABASE when set, else undefined (the server's default database). */
export function defaultDatabase(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NEO4J_DATABASE?.trim() || undefined;
}

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: defaultDatabase(env),
  };
}
