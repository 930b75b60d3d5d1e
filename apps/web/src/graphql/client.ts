/**
 * The workbench's only way to the data: GraphQL over fetch to `/graphql` on the same origin,
 * with the signed-in user's bearer token. Errors come back as `ApiRequestError` carrying the
 * API's stable code and its message, which is written for a person and shown as it is.
 */

/** A failed request: the API's error code (or NETWORK) and a message to show. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends GraphQL requests with a token. */
export interface ApiClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

/** Options of a client. */
export interface ApiClientOptions {
  endpoint?: string;
  token?: () => string | null;
  /** Called when the API refuses the token (expired, user disabled): the session is over. */
  onUnauthenticated?: () => void;
  fetch?: typeof fetch;
}

/** A client for the API at `endpoint` (default `/graphql`). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const endpoint = options.endpoint ?? '/graphql';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      const token = options.token?.();
      let response: Response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal,
        });
      } catch (e) {
        if ((e as Error).name === 'AbortError') throw e;
        throw new ApiRequestError('The workbench server cannot be reached; check that it is running.', 'NETWORK');
      }
      let reply: GraphQLReply<T>;
      try {
        reply = (await response.json()) as GraphQLReply<T>;
      } catch {
        throw new ApiRequestError(`The server answered ${response.status} without a readable reply.`, 'NETWORK');
      }
      const error = reply.errors?.[0];
      if (error) {
        const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
        if (code === 'UNAUTHENTICATED' && token) options.onUnauthenticated?.();
        throw new ApiRequestError(error.message, code);
      }
      if (!reply.data) throw new ApiRequestError(`The server answered ${response.status} with no data.`, 'NETWORK');
      return reply.data;
    },
  };
}
