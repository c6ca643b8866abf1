// The one error class the client rejects with for anything the service (or the network) answered.
import type { components } from '../generated/schema.js';
import { parseRetryAfter } from './retry.js';

type ErrorBody = components['schemas']['ErrorResponse'];

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
 * response, the method and the URL. `JSON.stringify` shows every field but `cause` (and the stack).
 */
export class WebexApiError extends Error {
  override readonly name = 'WebexApiError';
  // Fields with no initializer are still defined here, in this order, so that JSON lists them so.
  readonly status!: number;
  // Error's own `message` is not enumerable: redefined as a field, JSON.stringify shows it.
  override readonly message: string = (this as Error).message;
  /** The server's `errors[].description` list (empty when it sent none). */
  readonly errors: string[] = [];
  /** From the body's `trackingId`, else the `TrackingID` header. */
  declare readonly trackingId: string | undefined;
  /** Seconds, from `Retry-After`, when the server sent one. */
  declare readonly retryAfter: number | undefined;
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: WebexApiErrorInit) {
    // `init` as the options: Error takes `cause` from it when present (not enumerable, so not in JSON).
    super(init.message, init);
    Object.assign(this, init);
  }
}

/**
 * The `WebexApiError` of a call whose last attempt was `request`: from its final `response` (an error
 * status, or a 2xx without a JSON body) and the `body` openapi-fetch read (JSON, text, or nothing); or,
 * with no response, a network failure whose original error is `cause`.
 */
export function apiError(operationId: string, request: Request, response?: Response, body?: unknown, cause?: unknown): WebexApiError {
  const json: ErrorBody = Object(body);
  const text = (value: unknown) => (typeof value === 'string' && value) || undefined;
  const headers = response?.headers;
  return new WebexApiError({
    status: response?.status ?? 0,
    message:
      text(json.message) ??
      (!response
        ? 'No response (see cause)'
        : response.ok
          ? 'The response has no JSON body'
          : response.statusText || `HTTP ${response.status}`),
    // Whatever `errors` is (a list, one object, nothing), only description strings are kept.
    errors: [json.errors].flat().map((detail) => detail?.description).filter(text) as string[],
    trackingId: text(json.trackingId) || headers?.get('TrackingID') || undefined,
    retryAfter: parseRetryAfter(headers?.get('Retry-After')),
    operationId,
    method: request.method,
    url: request.url,
    // Only when there is one: Error makes any `cause` key a property, even an undefined one.
    ...(cause ? { cause } : {}),
  });
}
