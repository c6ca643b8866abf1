// The one error class the client rejects with for anything the service (or the network) answered.
import type { components } from '../generated/schema.js';
import { parseRetryAfter } from './retry.js';

type ErrorBody = components['schemas']['Error'];

export interface WebexApiErrorInit {
  status: number;
  message: string;
  errors?: string[];
  trackingId?: string | undefined;
  retryAfter?: number | undefined;
  operationId: string;
  method: string;
  url: string;
  cause?: unknown;
}

/**
 * A call that did not succeed. `status` is the HTTP status, or 0 when no response came (a network
 * failure, whose original error is `cause`). Never holds the bearer token: it is built only from the
 * response, the method and the URL.
 */
export class WebexApiError extends Error {
  override readonly name = 'WebexApiError';
  readonly status: number;
  /** The server's `errors[].description` list (empty when it sent none). */
  readonly errors: string[];
  /** From the body's `trackingId`, else the `TrackingID` header. */
  readonly trackingId: string | undefined;
  /** Seconds, from `Retry-After`, when the server sent one. */
  readonly retryAfter: number | undefined;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;

  constructor(init: WebexApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.trackingId = init.trackingId;
    this.retryAfter = init.retryAfter;
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
  }

  toJSON(): Omit<WebexApiErrorInit, 'cause'> & { name: string } {
    const { name, status, message, errors, trackingId, retryAfter, operationId, method, url } = this;
    return { name, status, message, errors, trackingId, retryAfter, operationId, method, url };
  }
}

/** A `WebexApiError` from an error response; `body` is whatever it held (JSON, text, or nothing). */
export function errorFromResponse(
  response: Response,
  body: unknown,
  operationId: string,
  method: string,
  url: string,
): WebexApiError {
  const json: ErrorBody = typeof body === 'object' && body !== null ? body : {};
  const descriptions = Array.isArray(json.errors) ? json.errors.map((detail) => detail?.description) : [];
  return new WebexApiError({
    status: response.status,
    message:
      typeof json.message === 'string' && json.message
        ? json.message
        : response.statusText || `HTTP ${response.status}`,
    errors: descriptions.filter((text): text is string => typeof text === 'string'),
    trackingId:
      (typeof json.trackingId === 'string' ? json.trackingId : undefined) ??
      response.headers.get('TrackingID') ??
      undefined,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    operationId,
    method,
    url,
  });
}

/** A `WebexApiError` for a request that got no response; the original error stays as `cause`. */
export function networkError(cause: unknown, operationId: string, method: string, url: string): WebexApiError {
  return new WebexApiError({
    status: 0,
    message: `${method} ${url} got no response (network failure; see cause)`,
    operationId,
    method,
    url,
    cause,
  });
}
