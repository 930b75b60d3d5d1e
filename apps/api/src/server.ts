/**
 * The API server: Apollo Server over express on Node's http, GraphQL at `/graphql`, a health
 * check at `/health`, and optionally the built web app from the same origin. Hardening lives
 * here in one place: limits, CSRF prevention, masked errors, introspection off in production.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { loadJwtSecret } from '@touchstone/auth';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_LIMITS, type ApiLimits } from './api-limits';
import { AuditWriter } from './audit/audit-writer';
import { createSessions } from './auth/sessions';
import type { ApiContext } from './context';
import { auditRejectedRequestsPlugin } from './http/audit-rejected-requests';
import { createFormatError } from './http/format-error';
import { healthHandler } from './http/health';
import { batchLimit, bodyErrors, lastResortErrors, noStore, securityHeaders } from './http/http-guards';
import { createContextFactory } from './http/request-context';
import { buildApiSchema } from './schema/load-schema';
import { aliasLimitRule } from './validation/alias-limit';
import { depthLimitRule } from './validation/depth-limit';
import { requestLimitsPlugin } from './validation/request-limits-plugin';

/** How to start the server. */
export interface ApiServerOptions {
  driver: Driver;
  /** Port to listen on (0 picks a free one); default 4000. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Token-signing secret; default TOUCHSTONE_JWT_SECRET or `.touchstone/api/jwt-secret`. */
  jwtSecret?: string;
  /** Production mode: introspection and schema hints off. Default: NODE_ENV === 'production'. */
  production?: boolean;
  limits?: Partial<ApiLimits>;
  /** A folder of static files (the built web app) served at `/`, with index.html for other paths. */
  staticDir?: string;
}

/** A running server. */
export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The server's origin, e.g. http://127.0.0.1:4000 (health at `${origin}/health`). */
  origin: string;
  port: number;
  /** Stops accepting requests, lets running ones finish, then closes. Leaves the driver open. */
  stop(): Promise<void>;
}

/** Starts the API server. */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { driver } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const secret = options.jwtSecret ?? loadJwtSecret();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    formatError: createFormatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Its per-field hook wrapped every resolver of every reply for cache hints the API never
      // gives: replies are never cacheable (`noStore`).
      ApolloServerPluginCacheControlDisabled(),
      requestLimitsPlugin({ maxCost: limits.maxCost, maxStringLength: limits.maxStringLength }),
      auditRejectedRequestsPlugin(),
    ],
  });
  await apollo.start();

  const writer = new AuditWriter(driver);
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.get('/health', healthHandler(driver));
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: limits.maxBodySize }),
    batchLimit(limits.maxBatch),
    expressMiddleware(apollo, {
      context: createContextFactory(driver, secret, writer, createSessions(driver, secret)),
    }),
  );
  if (options.staticDir) {
    const root = resolve(options.staticDir);
    app.use(express.static(root, { index: 'index.html', dotfiles: 'ignore' }));
    // Client-side routes of the web app: any other GET that accepts HTML gets index.html.
    app.use((req, res, next) =>
      req.method === 'GET' && req.accepts('html') ? res.sendFile(join(root, 'index.html')) : next(),
    );
  }
  app.use(bodyErrors);
  app.use(lastResortErrors);

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 4000, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url: `${origin}/graphql`, origin, port, stop: () => apollo.stop() };
}
