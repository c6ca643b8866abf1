// How every typed method sends its request (built by request.ts): through the retry loop (send.ts), with
// whatever goes wrong rejecting as a WebexApiError of the operation, the caller's abort reason, or the
// TimeoutError.
import { errorFromAnswer, errorWithoutAnswer } from './errors.js';
import { isJsonObject, type JsonObject, parseJson } from './json.js';
import { sendWithRetries, type Transport } from './send.js';
import type { operations } from './types.js';

export type OperationId = keyof operations;

export interface CallOptions {
  /**
   * Aborts the call at once: the request in flight, the reading of its answer, a token function still
   * pending, a wait before a retry, and for `list()` the pages still to come. The call rejects with its reason.
   */
  signal?: AbortSignal;
}

/** The final answer of an operation, read whole: a 2xx (or the 404 a delete accepts, see below). */
export interface OperationAnswer {
  operationId: OperationId;
  /** The request as sent (the last attempt's, less the token). */
  request: Request;
  response: Response;
  /** The body as text ('' when there was none). */
  text: string;
}

interface SendOptions extends CallOptions {
  /**
   * For a DELETE: a 404 after an earlier attempt that may have deleted the contact (no answer, 502-504)
   * means the contact is gone, as the caller asked, so it resolves instead of rejecting.
   */
  notFoundMeansDone?: boolean;
}

const utf8 = new TextDecoder();

/** Sends a typed method's request; resolves with its 2xx answer, or rejects (see the top of this file). */
export async function sendOperation(
  transport: Transport,
  operationId: OperationId,
  request: Request,
  { signal, notFoundMeansDone = false }: SendOptions = {},
): Promise<OperationAnswer> {
  const outcome = await sendWithRetries(transport, request, signal);
  if ('noAnswer' in outcome) throw errorWithoutAnswer({ operationId, request, cause: outcome.noAnswer });
  const { response, body, earlierAttemptMayHaveApplied } = outcome.answer;
  const answer = { operationId, request, response, text: body === null ? '' : utf8.decode(body) };
  if (response.ok) return answer;
  if (notFoundMeansDone && response.status === 404 && earlierAttemptMayHaveApplied) return answer;
  throw errorFromAnswer(answer);
}

/** The body of a 2xx answer as a JSON object; a WebexApiError when it is not JSON, or JSON of another kind. */
export function jsonObjectIn(answer: OperationAnswer): JsonObject {
  const parsed = parseJson(answer.text);
  if (!parsed) throw errorFromAnswer({ ...answer, problem: 'The response has no JSON body' });
  if (!isJsonObject(parsed.value))
    throw errorFromAnswer({ ...answer, problem: 'The response body is not a JSON object' });
  return parsed.value;
}
