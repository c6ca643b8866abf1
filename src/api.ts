// contacts.api: the openapi-fetch client typed by the generated paths, for what the typed methods do not
// cover. Its fetch hands every request to the same retry loop as the typed methods (send.ts), so there is
// one retry layer; the typed methods never go through this client, so nothing is retried twice.
import createClient, { type Client, type HeadersOptions } from 'openapi-fetch';
import { sendWithRetries, type Answer, type Transport } from './send.js';
import type { paths } from './types.js';

export function createApiClient(transport: Transport, options: { baseUrl: string; headers: HeadersOptions }): Client<paths> {
  return createClient<paths>({
    ...options,
    fetch: async (request: Request) => {
      // The caller's signal (openapi-fetch puts it on the Request) aborts an attempt or a wait as for the typed methods.
      const outcome = await sendWithRetries(transport, request, request.signal);
      // No answer: the fetch's own error, as a user of openapi-fetch expects from a failed fetch.
      if ('noAnswer' in outcome) throw outcome.noAnswer;
      return new ReadResponse(outcome.answer, request);
    },
  });
}

/**
 * The final answer for openapi-fetch to parse: a Response over the body the attempt read, keeping the
 * URL and redirect flag of the answer (a Response made from bytes has neither).
 */
class ReadResponse extends Response {
  readonly #url: string;
  readonly #redirected: boolean;

  constructor({ response, body }: Answer, request: Request) {
    super(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // A fetch given to the client may answer with a Response it made itself, which has no URL.
    this.#url = response.url || request.url;
    this.#redirected = response.redirected;
  }

  override get url(): string {
    return this.#url;
  }

  override get redirected(): boolean {
    return this.#redirected;
  }
}
