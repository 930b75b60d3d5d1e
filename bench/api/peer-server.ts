/**
 * Starts the peer API (@neo4j/graphql over the same Neo4j) for the benchmark, on the port in
 * PEER_PORT, and prints `PEER_READY <url>` once it listens. Run as its own process, like ours.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { connectionFromEnv, createDriver } from '@touchstone/neo4j';
import { PEER_TYPE_DEFS } from './peer-type-defs';

const connection = connectionFromEnv();
if (!connection) throw new Error('peer: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD');
const driver = createDriver(connection);
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PEER_PORT ?? 4100), host: '127.0.0.1' },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});
console.log(`PEER_READY ${url}`);
