// The run every generated client in another language makes against the Prism mock, and what its
// lines must say. A program prints one line per finding:
//   call <operationId> <status> [...]            once for every operation of the document
//   get created=<epoch ms> method=<m> source=<s> sipType=<t>   the Get example, parsed
//   create <source> <status>                     a valid Create of each source
//   invalid <status> <message>                   an invalid Create: the Webex error body's message
//   retry-after <status> <seconds> <message>     a 429 (Prefer: code=429) and its Retry-After
// The expected values come from the document, never typed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startPrism } from '../../scripts/lib/prism.mjs';
import { bundledDocument, deref, exampleIds, responseExamples } from '../fixtures/operations.js';
import { testRunLog } from '../fixtures/test-run-log.js';
import { bundled, root, runAsync } from './cache.js';
import { createCases, type Rule, type Verdict } from './create-cases.js';

export const operations = Object.values<Record<string, { operationId?: string; responses?: Record<string, unknown> }>>(
  bundledDocument.paths,
).flatMap((item) =>
  Object.values(item).flatMap((op) =>
    op?.operationId
      ? [
          {
            id: op.operationId,
            success: Object.keys(op.responses ?? {})
              .filter((s) => /^2/.test(s))
              .map(Number),
          },
        ]
      : [],
  ),
);
export const sources: string[] = bundledDocument.components.schemas.ContactSource.enum;
const getExample = Object.values(responseExamples('getContact', 200))[0] as any;
const retryAfter = deref(deref(bundledDocument.components.responses.TooManyRequests).headers['Retry-After']);
const tooMany = deref(bundledDocument.components.responses.TooManyRequests).content['application/json'].example;
export const schemasUrn: string = bundledDocument.components.schemas.ContactSchemaUrn.const;

/** Runs `command` with CASES (the Create cases, {rule: body}), BASE_URL (a fresh Prism mock on a free port), ORG_ID, CONTACT_ID and SCHEMAS set; its stdout lines. */
export async function runAgainstMock(
  kind: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string[]> {
  const prism = await startPrism({ document: bundled, port: 0, logFile: testRunLog(`prism-generators-${kind}`) });
  try {
    const cases = Object.fromEntries(Object.entries(createCases).map(([rule, [body]]) => [rule, body]));
    const env = {
      ...process.env,
      ...options.env,
      BASE_URL: prism.url,
      ORG_ID: exampleIds.orgId,
      CONTACT_ID: exampleIds.contactId,
      SCHEMAS: schemasUrn,
      CASES: JSON.stringify(cases),
    };
    const { stdout } = await runAsync(command, args, {
      cwd: options.cwd,
      env,
      timeoutMs: options.timeoutMs ?? 120_000,
    });
    return stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  } finally {
    await prism.stop();
  }
}

/** The checks every language's run gets, as tests; `lines()` gives that run's output, `name` the generator. */
export function scenarioTests(lines: () => string[], name: string): void {
  const find = (prefix: string) => lines().filter((line) => line.startsWith(`${prefix} `));

  afterAll(() => {
    // One line per generator in the test output, as the TypeScript matrix prints its own.
    const called = operations.filter((op) =>
      find('call').some((line) => line.split(' ')[1] === op.id && op.success.includes(Number(line.split(' ')[2]))),
    );
    const refused = find('rule').filter(
      (line) => line.startsWith('rule refused ') && !createCases[line.slice('rule refused '.length) as Rule]?.[1],
    ).length;
    const ruled = find('rule').length
      ? `; its Create type refuses ${refused}/${Object.values(createCases).filter(([, valid]) => !valid).length} invalid bodies`
      : '';
    const parts = [
      `${called.length}/${operations.length} operations answered with a documented success`,
      find('get').length
        ? `Get example parsed (${find('get')[0]!.split(' ').slice(1).join(' ')})`
        : 'Get example NOT parsed',
      `creates: ${sources
        .map(
          (source) =>
            `${source} ${
              find('create')
                .find((line) => line.split(' ')[1] === source)
                ?.split(' ')[2] ?? 'none'
            }`,
        )
        .join(', ')}`,
      `invalid Create: ${find('invalid')[0]?.split(' ')[1] ?? 'none'}`,
      `429: Retry-After ${find('retry-after')[0]?.split(' ')[2] ?? 'not read'}`,
    ];
    console.log(
      `[generators] ${name}: ${lines().length ? parts.join('; ') + ruled : 'did not run to the end (see the failures above)'}`,
    );
  });

  it.each(operations.map((op) => [op.id, op.success] as const))(
    'calls %s once, with a documented success status',
    (id, success) => {
      const calls = find('call').filter((line) => line.split(' ')[1] === id);
      expect(calls, lines().join('\n')).toHaveLength(1);
      expect(success).toContain(Number(calls[0]!.split(' ')[2]));
    },
  );

  it('calls no operation the document does not have', () => {
    expect(
      find('call')
        .map((line) => line.split(' ')[1])
        .filter((id) => !operations.some((op) => op.id === id)),
    ).toEqual([]);
  });

  it('parses the Get example: its date, its enums, and the SIP type `work` the document does not list', () => {
    const sip = getExample.sipAddresses[0].type;
    expect(bundledDocument.components.schemas.SipAddressType.enum).not.toContain(sip);
    expect(find('get'), lines().join('\n')).toEqual([
      `get created=${Date.parse(getExample.meta.created)} method=${getExample.primaryContactMethod} source=${getExample.source} sipType=${sip}`,
    ]);
  });

  it.each(sources)('sends a valid Create of source %s: 201', (source) => {
    expect(
      find('create').filter((line) => line.split(' ')[1] === source),
      lines().join('\n'),
    ).toEqual([`create ${source} 201`]);
  });

  it('sends an invalid Create (CH, no contact method) and reads the 400 Webex error body', () => {
    const [line, ...more] = find('invalid');
    expect(more).toEqual([]);
    expect(line, lines().join('\n')).toMatch(/^invalid 400 \S/);
  });

  it("reads a 429's Retry-After and its error body", () => {
    expect(find('retry-after'), lines().join('\n')).toEqual([
      `retry-after 429 ${retryAfter.example} ${tooMany.message}`,
    ]);
  });
}

/**
 * What the generated Create type does with each Create case when a body is read into it (`rule <verdict> <rule>`
 * lines): a rule it cannot check is an `accepted` cell of `expected`, asserted like the others.
 */
export function ruleTests(lines: () => string[], expected: Record<Rule, Verdict>): void {
  it.each(Object.keys(createCases) as Rule[])('the generated Create type, reading %s: as expected', (rule) => {
    expect(lines().filter((line) => line.startsWith('rule ') && line.endsWith(` ${rule}`))).toEqual([
      `rule ${expected[rule]} ${rule}`,
    ]);
  });
}

/** The table in docs/generators.md shows `row`: what this language's tests assert. */
export function readmeContains(row: string): void {
  it('docs/generators.md shows what this test asserts', () => {
    expect(readFileSync(join(root, 'docs', 'generators.md'), 'utf8')).toContain(row);
  });
}
