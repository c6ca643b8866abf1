// `webex-org-contacts/api`: the openapi-fetch client typed by the generated paths, for what the typed
// methods do not cover. An entry point of its own, so only apps using it bundle openapi-fetch's client.
// It takes the options of createContactsClient, checked the same way (settings.ts), and its fetch hands
// every request to the same retry loop as the typed methods (send.ts): one retry layer. The typed methods
// never go through this client, so nothing is retried twice.
import createClient, { type Client } from 'openapi-fetch';
import { type Answer, sendWithRetries } from './send.js';
import { type ContactsClientOptions, clientSettings } from './settings.js';
import type { paths } from './types.js';

export type { ContactsClientOptions } from './settings.js';
export type { paths } from './types.js';

/** The openapi-fetch client of the document's paths, with the token, time limits and retries of `options`. */
export function createContactsApi(options: ContactsClientOptions): Client<paths> {
  const { transport, baseUrl, headers } = clientSettings(options);
  return createClient<paths>({
    baseUrl,
    headers,
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
