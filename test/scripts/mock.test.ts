// `npm run mock` (scripts/mock.mjs) as users run it: the banner with a curl to paste comes first, the
// curl works, a bad MOCK_PORT is a one-line error, Ctrl-C leaves no Prism behind, and a Prism that dies
// on its own is an error.
import { afterEach, describe, expect, it } from 'vitest';
import { validateContact, validateResponse } from '../../src/contract.js';
import { bundledDocument, documented, exampleIds, type OperationId, pathOf } from '../fixtures/operations.js';
import { alive, childrenOf, exitOf, listening, runScript, stopAll, waitForOutput } from '../fixtures/script-run.js';

let prismPids: number[] = [];
afterEach(() => {
  stopAll(prismPids);
  prismPids = [];
});

describe('npm run mock', () => {
  it('prints its URL and a curl that gets a valid contact, before any Prism log, and stops on SIGINT', async () => {
    const run = runScript('mock.mjs', [], { MOCK_PORT: '0' });
    const [, url] = await waitForOutput(
      run,
      /Mock of the Webex Organization Contacts API: (http:\/\/127\.0\.0\.1:\d+)/,
    );
    await waitForOutput(run, /Ctrl-C stops it\./);
    prismPids = childrenOf(run.child.pid!);
    expect(prismPids, run.output()).toHaveLength(1);
    // Prism's start-up lines (and the readiness probe's request) are held back behind the banner.
    expect(run.output().trimStart().startsWith('Mock of the Webex'), run.output()).toBe(true);

    const [, header, value, target] = run.output().match(/curl -H '([^:]+): ([^']+)' (\S+)/)!;
    expect(target!.startsWith(`${url}/contacts/organizations/`)).toBe(true);
    const response = await fetch(target!, { headers: { [header!]: value! }, signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(validateContact(await response.json()).errors).toEqual([]);
    // Prism's request log follows the banner.
    await waitForOutput(run, /Request received/);

    // Every operation of the document answers its first example request with its documented success.
    const operationIds = Object.values<Record<string, { operationId?: OperationId }>>(bundledDocument.paths).flatMap(
      (item) => Object.values(item).flatMap((node) => (node?.operationId ? [node.operationId] : [])),
    );
    expect(operationIds).toHaveLength(7);
    for (const operationId of operationIds) {
      const operation = documented(operationId);
      const success = operation.responses.find((r) => r.status < 300)!.status;
      const [body] = Object.values(operation.requestExamples);
      const answer = await fetch(url + pathOf(operationId, exampleIds), {
        method: operation.method,
        headers: {
          authorization: 'Bearer any-token',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await answer.text();
      expect(answer.status, `${operationId}: ${text}`).toBe(success);
      expect(answer.headers.get('sl-violations'), operationId).toBeNull();
      expect(
        validateResponse(operationId, answer.status, text ? JSON.parse(text) : undefined).errors,
        operationId,
      ).toEqual([]);
    }

    run.child.kill('SIGINT');
    expect(await exitOf(run), run.output()).toEqual({ code: 0, signal: null });
    expect(await listening(Number(new URL(url!).port))).toBe(false);
    expect(alive(prismPids[0]!), 'Prism still running').toBe(false);
  });

  it('fails with a one-line error naming what stopped when Prism dies behind its back', async () => {
    const run = runScript('mock.mjs', [], { MOCK_PORT: '0' });
    await waitForOutput(run, /Ctrl-C stops it\./);
    prismPids = childrenOf(run.child.pid!);
    expect(prismPids, run.output()).toHaveLength(1);

    process.kill(prismPids[0]!, 'SIGKILL');
    const { code } = await exitOf(run);
    expect(code, run.output()).toBe(1);
    expect(run.output()).toContain(`The Prism mock (pid ${prismPids[0]}) stopped unexpectedly (SIGKILL).`);
    expect(run.output(), 'no stack trace').not.toMatch(/^\s+at /m);
  });

  it.each(['abc', '70000', '-1'])('refuses MOCK_PORT=%s with one line naming the variable', async (port) => {
    const run = runScript('mock.mjs', [], { MOCK_PORT: port });
    const { code } = await exitOf(run);
    expect(code, 'a usage error').toBe(2);
    expect(run.output().trim()).toBe(
      `MOCK_PORT must be a port number from 0 to 65535 (0: any free port), not "${port}".`,
    );
  });
});
