// List Contacts as an async iterable: one page in memory at a time, each page asked for only when the
// caller has taken every contact of the one before. The next page is the `Link: <url>; rel="next"` of the
// page, requested exactly as given; the token goes nowhere but baseUrl's origin, and a link that leads
// back to a page already read ends the listing with an error instead of a loop.
import { errorFromAnswer } from './errors.js';
import { isJsonObject } from './json.js';
import { nextLinkTarget } from './link.js';
import { type CallOptions, jsonObjectIn, type OperationAnswer, sendOperation } from './operation.js';
import type { Transport } from './send.js';
import type { Contact } from './types.js';

export interface Pages {
  transport: Transport;
  /** baseUrl's origin: the only one a next link may lead to. */
  origin: string;
  /** The headers of every request but the token (the User-Agent). */
  headers: Record<string, string>;
}

/** Every contact of every page, starting from the request `firstPage` builds from the query. */
export async function* listContacts(
  pages: Pages,
  firstPage: () => Request,
  options: CallOptions = {},
): AsyncGenerator<Contact, void, undefined> {
  // The URLs of the pages read so far, recorded as their next links are followed.
  const read = new Set<string>();
  let request: Request | undefined = firstPage();
  while (request) {
    const answer = await sendOperation(pages.transport, 'listContacts', request, options);
    for (const contact of contactsIn(answer)) {
      // An abort while the caller works through a page ends the listing at its next step too.
      options.signal?.throwIfAborted();
      yield contact;
    }
    request = nextPage(pages, answer, read);
  }
}

function contactsIn(answer: OperationAnswer): Contact[] {
  const { result } = jsonObjectIn(answer);
  if (Array.isArray(result) && result.every(isJsonObject)) return result as Contact[];
  throw errorFromAnswer({ ...answer, problem: 'The response is not a page of contacts' });
}

/** The request for the page after `answer`'s; undefined after the last page. */
function nextPage(pages: Pages, answer: OperationAnswer, read: Set<string>): Request | undefined {
  const target = nextLinkTarget(answer.response.headers.get('Link'));
  if (target === undefined) return undefined;
  read.add(answer.request.url);
  // Relative to the page it came with (RFC 8288).
  if (!URL.canParse(target, answer.request.url))
    throw errorFromAnswer({ ...answer, problem: 'The next page link is not a URL' });
  const url = new URL(target, answer.request.url);
  if (url.origin !== pages.origin)
    throw errorFromAnswer({ ...answer, problem: 'The next page link leads to another origin: not followed' });
  if (read.has(url.href))
    throw errorFromAnswer({ ...answer, problem: 'The next page link leads to a page already read' });
  return new Request(url, { headers: pages.headers });
}
