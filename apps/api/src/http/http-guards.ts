/**
 * HTTP-level protections in front of GraphQL: security headers, a cap on batched operations per
 * request, and JSON answers (with the API's error codes) for bodies that are too large or not
 * JSON, so even a refused request gets an answer a client can read.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';

const errorBody = (message: string, reason: string) => ({
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason } }],
});

/** Only this origin may supply scripts, styles, images, connections and workers. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers that keep browsers from sniffing, framing, leaking referrers or loading foreign code. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The web app loads nothing from elsewhere: no CDN, no tiles. Blob workers run its layouts.
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  next();
};

/** Answers of the graph API are one user's view of case data: no cache may keep them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/** Refuses batches of more than `max` operations (and empty batches). */
export function batchLimit(max: number): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && (req.body.length === 0 || req.body.length > max)) {
      res
        .status(400)
        .json(
          errorBody(
            `A batch may hold 1 to ${max} operations; this one holds ${req.body.length}.`,
            'BATCH_LIMIT',
          ),
        );
      return;
    }
    next();
  };
}

/** Turns body-parser failures into JSON errors. */
export const bodyErrors: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, next) => {
  if (err?.type === 'entity.too.large') {
    res.status(413).json(errorBody('The request body is too large.', 'BODY_TOO_LARGE'));
  } else if (
    err?.type === 'entity.parse.failed' ||
    err?.type === 'encoding.unsupported' ||
    err?.type === 'charset.unsupported'
  ) {
    res.status(400).json(errorBody('The request body is not valid JSON.', 'BODY_NOT_JSON'));
  } else {
    next(err);
  }
};

/** Last handler: an unexpected failure, logged, answered without details. */
export const lastResortErrors: ErrorRequestHandler = (err, _req, res, _next) => {
  console.error('HTTP error:', err);
  if (!res.headersSent)
    res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
};
