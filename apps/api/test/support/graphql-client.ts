/**
 * A minimal GraphQL-over-HTTP client for tests: posts like a browser app would (JSON, bearer
 * token) and returns the status and the parsed body, errors included, for assertions.
 */

/** What the server answered. */
export interface GraphqlReply<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: string[];
        extensions?: { code?: string; reason?: string; [k: string]: unknown };
      }[]
    | undefined;
  /** The raw body text, to assert that something does not appear anywhere in it. */
  text: string;
}

/** Posts one operation. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlReply<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphqlReply['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: leave data and errors undefined
  }
  return { status: response.status, data: body.data, errors: body.errors, text };
}

/** The error code of the first error, or undefined when there is none. */
export const codeOf = (reply: GraphqlReply<unknown>): string | undefined =>
  reply.errors?.[0]?.extensions?.code;
