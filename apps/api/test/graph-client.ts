/**
 * How tests call the graph operations: through the real GraphQL server over HTTP with a bearer
 * token, each operation with a document selecting every field. Errors come back as `ApiCallError`
 * with the stable error code, so a test asserts on codes, not on transport details.
 */
import { DOCUMENTS, type GraphOperation } from './graph-documents';

/** An error answered by the API, with its stable code. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = Record<string, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphApi = (operation: GraphOperation, args?: Args) => Promise<any>;

/** Calls a GraphQL server at `url` with a bearer token. */
export function httpApi(url: string, token: string): GraphApi {
  return async (operation, args = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DOCUMENTS[operation], variables: args }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      const first = body.errors[0]!;
      throw new ApiCallError(first.extensions?.code ?? `HTTP_${response.status}`, first.message);
    }
    return body.data?.[operation];
  };
}

/** The error code a call fails with (the call must fail). */
export async function errorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ApiCallError) return e.code;
    throw e;
  }
  throw new Error('the call succeeded; an error was expected');
}
