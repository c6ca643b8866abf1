// What a request costs through each client, on one loopback server in this process, in interleaved
// rounds (see interleave.ts): for Get and Create, raw fetch, bare openapi-fetch, our get()/create() and
// axios; for the five other operations, bare openapi-fetch making the same request beside our method.
// Prints the median µs per request with ratios, the same under 64 requests in flight, and the cost of a
// retried call without its wait. Run with `npm run bench`; BENCH_SCALE=0.2 for a quick look,
// BENCH_ONLY=sequential|concurrent|retry for one table.
import { Agent } from 'node:http';
import { cpus } from 'node:os';
import axios from 'axios';
import createClient from 'openapi-fetch';
import { type BulkContactItems, type Contact, createContactsClient, type paths } from '../../src/index.js';
import { contactId, createdContact, createRequest, gotContact, orgId, schemaUrn } from '../fixtures/client.js';
import { requestExample, responseExample } from '../fixtures/operations.js';
import { retriedContactId, retriedOrgId, startContactServer, token } from './contact-server.js';
import { interleave, type Measure, median, pairedRatio, table, type Variant } from './interleave.js';
import { measureZeroDelayWaits } from './zero-delay-waits.js';

/** Our per-request median may be at most this many times bare openapi-fetch's (issue 7). */
const TARGET = 1.1;
const scale = Number(process.env.BENCH_SCALE ?? 1);
const rounds = (n: number) => Math.max(5, Math.round(n * scale));
const sections = ['sequential', 'concurrent', 'retry'] as const;
const only = process.env.BENCH_ONLY;
if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
if (only && !sections.includes(only as (typeof sections)[number])) {
  throw new Error(`BENCH_ONLY must be one of ${sections.join(', ')}, got ${only}`);
}
const runs = (section: (typeof sections)[number]) => !only || only === section;

const server = await startContactServer();
const agent = new Agent({ keepAlive: true });
try {
  const { baseUrl } = server;
  const headers = { Authorization: `Bearer ${token}` };
  const jsonHeaders = { ...headers, 'Content-Type': 'application/json' };
  const ours = createContactsClient({ token, baseUrl });
  const bare = createClient<paths>({ baseUrl, headers });
  const ax = axios.create({ baseURL: baseUrl, headers, httpAgent: agent });

  const getPath = '/contacts/organizations/{orgId}/contacts/{contactId}' as const;
  const createPath = '/contacts/organizations/{orgId}/contacts' as const;
  const searchPath = '/contacts/organizations/{orgId}/contacts/search' as const;
  const bulkPath = '/contacts/organizations/{orgId}/contacts/bulk' as const;
  const bulkDeletePath = '/contacts/organizations/{orgId}/contacts/bulk/delete' as const;
  const getUrl = (contact: string) => `/contacts/organizations/${orgId}/contacts/${contact}`;
  const createUrl = (org: string) => `/contacts/organizations/${org}/contacts`;
  const data = <T>({ data, response }: { data?: T; response: Response }): T | undefined => {
    if (!response.ok) throw new Error(`the request failed: ${response.status}`);
    return data;
  };
  // The other operations' bodies and answers: the document's examples.
  const { schemas: _, ...changes } = requestExample('updateContact');
  const updated = responseExample('updateContact', 200);
  const listed = responseExample('listContacts', 200);
  const bulkItems = requestExample('bulkCreateOrUpdateContacts').contacts as BulkContactItems;
  const bulkAnswer = responseExample('bulkCreateOrUpdateContacts', 200);
  const deletedIds: [string] = [contactId];
  const query = { limit: 100 };
  const collect = async (listing: AsyncIterable<Contact>) => {
    const contacts: Contact[] = [];
    for await (const contact of listing) contacts.push(contact);
    return contacts;
  };

  // Name prefixes group the rows; `fetch` and `openapi-fetch` rows are each operation's baselines.
  // `expected`: what the variant must resolve with before its speed means anything.
  type Checked = Variant & { expected: unknown };
  const get = (contact: string): Checked[] => [
    {
      name: 'GET fetch',
      expected: gotContact,
      run: () => fetch(baseUrl + getUrl(contact), { headers }).then((r) => r.json()),
    },
    {
      name: 'GET openapi-fetch',
      expected: gotContact,
      run: () => bare.GET(getPath, { params: { path: { orgId, contactId: contact } } }).then(data),
    },
    { name: 'GET get()', expected: gotContact, run: () => ours.get(orgId, contact) },
    { name: 'GET axios', expected: gotContact, run: () => ax.get(getUrl(contact)).then((r) => r.data) },
  ];
  const post = (org: string): Checked[] => [
    {
      name: 'POST fetch',
      expected: createdContact,
      run: () =>
        fetch(baseUrl + createUrl(org), {
          method: 'POST',
          headers: jsonHeaders,
          body: JSON.stringify(createRequest),
        }).then((r) => r.json()),
    },
    {
      name: 'POST openapi-fetch',
      expected: createdContact,
      run: () => bare.POST(createPath, { params: { path: { orgId: org } }, body: createRequest }).then(data),
    },
    { name: 'POST create()', expected: createdContact, run: () => ours.create(org, createRequest) },
    {
      name: 'POST axios',
      expected: createdContact,
      run: () => ax.post(createUrl(org), createRequest).then((r) => r.data),
    },
  ];
  // The five other operations: bare openapi-fetch making the request our method makes, and our method.
  const others: Checked[] = [
    {
      name: 'PATCH openapi-fetch',
      expected: updated,
      run: () =>
        bare
          .PATCH(getPath, { params: { path: { orgId, contactId } }, body: { ...changes, schemas: schemaUrn } })
          .then(data),
    },
    { name: 'PATCH update()', expected: updated, run: () => ours.update(orgId, contactId, changes) },
    {
      name: 'DELETE openapi-fetch',
      expected: undefined,
      run: () => bare.DELETE(getPath, { params: { path: { orgId, contactId } } }).then(data),
    },
    { name: 'DELETE delete()', expected: undefined, run: () => ours.delete(orgId, contactId) },
    {
      name: 'LIST openapi-fetch',
      expected: listed.result,
      run: () => bare.GET(searchPath, { params: { path: { orgId }, query } }).then((answer) => data(answer)?.result),
    },
    { name: 'LIST list()', expected: listed.result, run: () => collect(ours.list(orgId, query)) },
    {
      name: 'BULK openapi-fetch',
      expected: bulkAnswer,
      run: () =>
        bare
          .POST(bulkPath, { params: { path: { orgId } }, body: { schemas: schemaUrn, contacts: bulkItems } })
          .then(data),
    },
    {
      name: 'BULK bulkCreateOrUpdate()',
      // Our result ties the same answer to the items: the first done, the others failed.
      expected: {
        done: [{ index: 0, item: bulkItems[0], contact: bulkAnswer.contacts[0] }],
        failed: bulkAnswer.failedContacts.map((failure: { id: string }) => ({
          index: Number(failure.id),
          item: bulkItems[Number(failure.id)],
          failure,
        })),
        unknown: [],
        unmatchedFailures: [],
      },
      run: () => ours.bulkCreateOrUpdate(orgId, bulkItems),
    },
    {
      name: 'BULKDELETE openapi-fetch',
      expected: undefined,
      run: () =>
        bare
          .POST(bulkDeletePath, { params: { path: { orgId } }, body: { schemas: schemaUrn, objectIds: deletedIds } })
          .then(data),
    },
    { name: 'BULKDELETE bulkDelete()', expected: undefined, run: () => ours.bulkDelete(orgId, deletedIds) },
  ];
  const checked = [...get(contactId), ...post(orgId), ...others];
  const variants: Variant[] = checked.map(({ name, run }) => ({ name, run }));
  const named = (name: string): Variant => {
    const found = variants.find((variant) => variant.name === name);
    if (!found) throw new Error(`no variant named ${name}`);
    return found;
  };

  for (const variant of checked) {
    const got = JSON.stringify(await variant.run());
    if (got !== JSON.stringify(variant.expected))
      throw new Error(`${variant.name} did not resolve with the example: ${got?.slice(0, 200)}`);
  }

  // Ratios are paired: the median over rounds of (variant ÷ baseline) within each round (interleave.ts).
  const ratio = (samples: Map<string, number[]>, name: string, base: string, factor = 1) =>
    samples.has(base) ? `${pairedRatio(samples, name, base, factor).toFixed(2)}×` : '';
  const report = (title: string, samples: Map<string, number[]>) => {
    const rows = [...samples].map(([name, values]) => {
      const op = name.split(' ')[0];
      return [
        name,
        median(values).toFixed(1),
        ratio(samples, name, `${op} fetch`),
        ratio(samples, name, `${op} openapi-fetch`),
      ];
    });
    console.log(`\n${title}\n\n${table(['variant', 'median µs/request', '× fetch', '× openapi-fetch'], rows)}`);
    console.log('(× columns: the median of the per-round ratios, each round timing every variant)');
    return samples;
  };
  const check = (samples: Map<string, number[]>, ourName: string, baseName: string, what: string) => {
    const r = pairedRatio(samples, ourName, baseName);
    console.log(
      `target: ${ourName} ≤ ${TARGET.toFixed(2)}× ${baseName} (${what}): ${r.toFixed(2)}× ${r <= TARGET ? 'PASS' : 'MISS'}`,
    );
  };

  const sequential: Measure = { rounds: rounds(250), batch: 20, inFlight: 1, warmupRounds: 20 };
  const concurrent: Measure = { rounds: rounds(50), batch: 192, inFlight: 64, warmupRounds: 3 };
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; loopback server in the same process; ` +
      `${sequential.rounds} rounds × ${sequential.batch} requests sequential, ` +
      `${concurrent.rounds} rounds × ${concurrent.batch} requests with ${concurrent.inFlight} in flight`,
  );

  // Each of our methods against bare openapi-fetch making the same request.
  const ourMethods = variants.map((v) => v.name).filter((name) => name.endsWith(')'));
  const checkAll = (samples: Map<string, number[]>, what: string) => {
    for (const name of ourMethods) check(samples, name, `${name.split(' ')[0]} openapi-fetch`, what);
  };
  if (runs('sequential')) {
    checkAll(report('One request at a time', await interleave(variants, sequential)), 'one at a time');
  }
  if (runs('concurrent')) {
    const title = `${concurrent.inFlight} requests in flight (µs per request = elapsed ÷ requests)`;
    checkAll(report(title, await interleave(variants, concurrent)), `${concurrent.inFlight} in flight`);
  }

  if (runs('retry')) {
    // A retried call: 429 with Retry-After: 0, then the answer; two attempts, the timer's wait left out.
    // Its baseline is bare openapi-fetch making the same two requests with the same 0 ms wait between
    // (`openapi-fetch 429→200`), not two plain calls: the excluded wait still leaves a cost behind (the
    // loop idles for a timer turn; the process resumes on a cold core, later on a shared machine), which
    // bare openapi-fetch pays alike: 1.03-1.06× two plain calls on a quiet machine, up to 1.17× with
    // other jobs running, while a 429 answer costs the same as a 200 one. Measured against one plain call
    // per attempt, that residue read as 1.10-1.36× "retry cost" and moved with the machine's load.
    const bareRetried = (send: () => Promise<{ data?: unknown; response: Response }>) => async () => {
      const first = await send();
      if (first.response.status !== 429) throw new Error(`expected a 429 first, got ${first.response.status}`);
      const seconds = Number(first.response.headers.get('Retry-After'));
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      return data(await send());
    };
    const retried: Variant[] = [
      named('GET openapi-fetch'),
      named('GET get()'),
      {
        name: 'GET openapi-fetch 429→200',
        run: bareRetried(() => bare.GET(getPath, { params: { path: { orgId, contactId: retriedContactId } } })),
      },
      { name: 'GET get() 429→200', run: () => ours.get(orgId, retriedContactId) },
      named('POST openapi-fetch'),
      named('POST create()'),
      {
        name: 'POST openapi-fetch 429→200',
        run: bareRetried(() =>
          bare.POST(createPath, { params: { path: { orgId: retriedOrgId } }, body: createRequest }),
        ),
      },
      { name: 'POST create() 429→200', run: () => ours.create(retriedOrgId, createRequest) },
    ];
    const waits = measureZeroDelayWaits();
    let retries: Map<string, number[]>;
    try {
      retries = await interleave(retried, {
        rounds: rounds(100),
        batch: 10,
        inFlight: 1,
        warmupRounds: 10,
        excluded: () => waits.waitedMs,
      });
    } finally {
      waits.restore();
    }
    const rows = [...retries].map(([name, values]) => {
      const op = name.split(' ')[0]!;
      const retriedCall = name.endsWith(' 429→200');
      const attempts = retriedCall ? 2 : 1;
      const µs = median(values);
      return [
        name,
        µs.toFixed(1),
        String(attempts),
        (µs / attempts).toFixed(1),
        // Per attempt, against the same client's one-attempt call.
        ratio(retries, name, name.replace(' 429→200', ''), 1 / attempts),
        // Against bare openapi-fetch making the same requests: one, or the 429, the wait and the 200.
        ratio(retries, name, `${op} openapi-fetch${retriedCall ? ' 429→200' : ''}`),
      ];
    });
    console.log(
      `\nA retried call (429, Retry-After: 0, then success), its wait excluded\n\n` +
        table(
          [
            'variant',
            'median µs/call',
            'attempts',
            'µs/attempt',
            '× one-attempt call',
            '× openapi-fetch, same requests',
          ],
          rows,
        ),
    );
    console.log(
      '(× one-attempt call: per attempt, against the same client with one attempt; same requests: against bare openapi-fetch with the same attempts and wait)',
    );
  }
} finally {
  agent.destroy();
  await server.close();
}
