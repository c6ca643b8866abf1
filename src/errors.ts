// WebexApiError, the one error class the typed methods reject with for what the service answered (or for
// no answer at all), and how one is made from an answer.
import type { components } from '../generated/schema.js';
import { isJsonObject, parseJson } from './json.js';
import { parseRetryAfter } from './retry-policy.js';

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
  override readonly name: 'WebexApiError';
  readonly status: number;
  override readonly message: string;
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
    // The message is not handed to Error: Error would make it an own property, which the `message` field
    // then defines again, and V8 drops such a redefined property from JSON and Object.keys once it has
    // seen enough of them. `cause` only when there is one: Error makes even an undefined one a property.
    super(undefined, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'WebexApiError';
    this.status = init.status;
    this.message = init.message;
    this.errors = init.errors ?? [];
    this.trackingId = init.trackingId;
    this.retryAfter = init.retryAfter;
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
  }

  /** Every field but `cause` and the stack, in this order. */
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errors: this.errors,
      trackingId: this.trackingId,
      retryAfter: this.retryAfter,
      operationId: this.operationId,
      method: this.method,
      url: this.url,
    };
  }
}

/** The call a failure belongs to: its operation and the request as sent. */
export interface FailedCall {
  operationId: string;
  request: Request;
}

export interface AnswerFailure extends FailedCall {
  response: Response;
  /** The body as text ('' when there was none). */
  text: string;
  /** Why a 2xx answer is unusable; left out for an error status, whose message comes from the answer. */
  problem?: string;
}

/** The error for a final answer: an error status, or a 2xx the method cannot use (`problem`). */
export function errorFromAnswer({ operationId, request, response, text, problem }: AnswerFailure): WebexApiError {
  const body = errorBodyOf(text);
  return new WebexApiError({
    status: response.status,
    message: problem ?? nonEmptyString(body.message) ?? (response.statusText || `HTTP ${response.status}`),
    errors: descriptionsIn(body.errors),
    trackingId: nonEmptyString(body.trackingId) ?? (response.headers.get('TrackingID') || undefined),
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    operationId,
    method: request.method,
    url: request.url,
  });
}

/** The error for a call that got no answer: `cause` is what the fetch threw. */
export function errorWithoutAnswer({ operationId, request, cause }: FailedCall & { cause: unknown }): WebexApiError {
  return new WebexApiError({
    status: 0,
    message: 'No response (see cause)',
    operationId,
    method: request.method,
    url: request.url,
    cause,
  });
}

/** Webex's error body as sent: each field may be missing or of another type. */
type ErrorBody = { [Field in keyof components['schemas']['ErrorResponse']]?: unknown };

function errorBodyOf(text: string): ErrorBody {
  const parsed = parseJson(text);
  return parsed && isJsonObject(parsed.value) ? parsed.value : {};
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The description strings of `errors`: a list of `{ description }`, a single one, or anything else (none). */
function descriptionsIn(errors: unknown): string[] {
  const details = Array.isArray(errors) ? errors : [errors];
  const descriptions: string[] = [];
  for (const detail of details) {
    const description = isJsonObject(detail) ? nonEmptyString(detail.description) : undefined;
    if (description !== undefined) descriptions.push(description);
  }
  return descriptions;
}
