// A typed method's request, built as openapi-fetch builds one: the document's path template filled in
// and the query serialized by openapi-fetch's own serializers (so the typed methods and `createContactsApi`
// send alike), the body as JSON. openapi-fetch's client itself only sends: it has no way to hand back a
// request unsent, and the typed methods send through the retry loop (send.ts).
import { createFinalURL, createQuerySerializer, defaultBodySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { paths } from './types.js';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** The generated operation at `path` for `method`; never when the document has none. */
type OperationAt<P extends keyof paths, M extends Method> = Exclude<paths[P][M], undefined>;

/** The JSON body the operation takes; never when it takes none. */
type JsonBodyOf<O> = O extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

/** What a request is made of, each part typed by the generated operation: a wrong path, method, parameter or body fails to compile. */
export type RequestSpec<P extends keyof paths, M extends Method> = {
  path: P;
  method: M;
  params: Pick<OperationAt<P, M>['parameters'], 'path' | 'query'>;
} & ([JsonBodyOf<OperationAt<P, M>>] extends [never] ? { body?: undefined } : { body: JsonBodyOf<OperationAt<P, M>> });

export interface RequestTarget {
  /** Without a trailing slash, as openapi-fetch keeps it. */
  baseUrl: string;
  /** The headers of every request but the token (the User-Agent). */
  headers: Record<string, string>;
}

// `groupIds` goes out comma-separated, as the document says (`style: form, explode: false`).
const querySerializer = createQuerySerializer({ array: { style: 'form', explode: false } });

export function buildRequest<P extends keyof paths, M extends Method>(
  target: RequestTarget,
  spec: RequestSpec<P, M>,
): Request {
  const url = createFinalURL(spec.path, {
    baseUrl: target.baseUrl,
    params: spec.params as { path?: Record<string, unknown>; query?: Record<string, unknown> },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
  const method = spec.method.toUpperCase();
  if (spec.body === undefined) return new Request(url, { method, headers: target.headers });
  const headers = { ...target.headers, 'Content-Type': 'application/json' };
  return new Request(url, { method, headers, body: defaultBodySerializer(spec.body) });
}
