// `npm run proxy -- <upstream>` (scripts/proxy.mjs): Prism's validating proxy in front of a scripted
// upstream. It tests a program users run, not a server's contract, so it lives outside test/contract
// (which `npm run test:contract` points at live tenants). The script is run as users run it, as a
// process, and stopped with SIGINT as Ctrl-C would.
import { type AddressInfo, createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleContactPath, sampleIds } from '../../scripts/lib/samples.mjs';
import { createdContact, gotContact, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import {
  alive,
  childrenOf,
  exitOf,
  runScript,
  type ScriptRun,
  stopAll,
  waitForOutput,
} from '../fixtures/script-run.js';

const upstream = useFaultServer();

describe('npm run proxy', () => {
  let proxy: ScriptRun;
  let proxyUrl: string;
  let prismPids: number[] = [];

  beforeAll(async () => {
    // PROXY_PORT=0: a free port, read back from what the script prints.
    proxy = runScript('proxy.mjs', [upstream.baseUrl], { PROXY_PORT: '0' });
    proxyUrl = (await waitForOutput(proxy, /Validating proxy for \S+: (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    prismPids = childrenOf(proxy.child.pid!);
  }, 40_000);

  // Only if a test failed before SIGINT stopped it.
  afterAll(() => stopAll(prismPids));

  const get = (path: string) =>
    fetch(proxyUrl + path, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) });
  const createPath = `/contacts/organizations/${sampleIds.orgId}/contacts`;
  /** The violations every request so far carried, for the closing count. */
  const carried: number[] = [];

  it('prints its URL and how to use it', () => {
    expect(proxy.output()).toContain(`curl -i -H "Authorization: Bearer $WEBEX_TOKEN" ${proxyUrl}${sampleContactPath}`);
    expect(prismPids).toHaveLength(1);
  });

  it('passes a valid contact through with no sl-violations header', async () => {
    upstream.reply({ body: gotContact });
    const res = await get(sampleContactPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('sl-violations')).toBeNull();
    expect(await res.json()).toEqual(gotContact);
    // Forwarded under the upstream's own base path (/v1), with the caller's credentials.
    expect(upstream.received.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['GET', `/v1${sampleContactPath}`, `Bearer ${token}`],
    ]);
  });

  it('passes a contact that breaks the document through unchanged, and reports the field', async () => {
    const broken = { ...(gotContact as object), displayName: 42 };
    upstream.reply({ body: broken });
    const res = await get(sampleContactPath);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(broken);
    const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]');
    expect(violations).toEqual([
      expect.objectContaining({ location: ['response', 'body', 'displayName'], code: 'type' }),
    ]);
    carried.push(violations.length);
    await waitForOutput(proxy, /Violation: response\.body\.displayName .*must be string/);
    // One line for the request, naming it and its first violation.
    await waitForOutput(
      proxy,
      new RegExp(
        `Request 2 broke the document: GET ${sampleContactPath}, 1 violation\\(s\\): response\\.body\\.displayName .*must be string`,
      ),
    );
  });

  it('a request with several violations is one request that broke the document, not several', async () => {
    // A Webex4Broadworks body without displayName: Prism reports each branch of the Create union.
    upstream.reply({ status: 201, body: createdContact });
    const res = await fetch(proxyUrl + createPath, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ schemas: schemaUrn, source: 'Webex4Broadworks' }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(res.status, 'forwarded, not refused').toBe(201);
    const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]');
    expect(violations.length, 'several violations in this one request').toBeGreaterThan(1);
    carried.push(violations.length);
    const line = await waitForOutput(proxy, /^Request 3 broke the document: POST (\S+), (\d+) violation\(s\)/m);
    expect([line[1], Number(line[2])]).toEqual([createPath, violations.length]);
    expect(proxy.output().match(/broke the document: /g), 'one line per broken request').toHaveLength(2);
  });

  it('never prints the bearer token', () => {
    expect(proxy.output()).not.toContain(token);
  });

  it('stops on SIGINT with a summary, leaving no Prism process behind', async () => {
    proxy.child.kill('SIGINT');
    expect(await exitOf(proxy), proxy.output()).toEqual({ code: 0, signal: null });
    const total = carried.reduce((sum, n) => sum + n, 0);
    expect(proxy.output()).toContain(
      `Proxy stopped: 2 of 3 request(s) broke the document (${total} violation(s), ${total} of them error(s)).`,
    );
    expect(prismPids.filter(alive)).toEqual([]);
    // Also not in what it printed while stopping.
    expect(proxy.output()).not.toContain(token);
  });
});

describe('npm run proxy, when Prism dies behind its back', () => {
  let prismPids: number[] = [];
  afterEach(() => stopAll(prismPids));

  it('fails with a one-line error naming what stopped, and still prints its count', async () => {
    const proxy = runScript('proxy.mjs', [upstream.baseUrl], { PROXY_PORT: '0' });
    await waitForOutput(proxy, /Ctrl-C stops it\./);
    prismPids = childrenOf(proxy.child.pid!);
    expect(prismPids, proxy.output()).toHaveLength(1);

    process.kill(prismPids[0]!, 'SIGKILL');
    const { code } = await exitOf(proxy);
    expect(code, proxy.output()).toBe(1);
    expect(proxy.output()).toContain(`The Prism proxy (pid ${prismPids[0]}) stopped unexpectedly (SIGKILL).`);
    expect(proxy.output()).toContain(
      'Proxy stopped: 0 of 0 request(s) broke the document (0 violation(s), 0 of them error(s)).',
    );
    expect(proxy.output(), 'no stack trace').not.toMatch(/^\s+at /m);
  });
});

describe('npm run proxy, used wrongly', () => {
  // A script that hangs instead of refusing is killed, not left running.
  afterEach(() => stopAll());

  it.each([
    ['no upstream', [], /No upstream URL given/],
    ['an upstream that is no URL', ['webexapis.com'], /Not a URL: webexapis\.com/],
    ['an upstream that is not http(s)', ['ftp://example.com'], /must be an http or https URL/],
  ])('%s: a usage error, exit code 2', async (_name, args, message) => {
    const proc = runScript('proxy.mjs', args);
    expect((await exitOf(proc)).code, proc.output()).toBe(2);
    expect(proc.output()).toMatch(message);
    expect(proc.output()).toContain('Usage: npm run proxy -- <upstream-url>');
  });

  it('a PROXY_PORT that is no port: a one-line usage error, exit code 2', async () => {
    const proc = runScript('proxy.mjs', ['http://127.0.0.1:9'], { PROXY_PORT: 'eleven' });
    expect((await exitOf(proc)).code, proc.output()).toBe(2);
    expect(proc.output().trim()).toBe(
      'PROXY_PORT must be a port number from 0 to 65535 (0: any free port), not "eleven".',
    );
  });

  it('a busy PROXY_PORT: a one-line usage error naming the port and the variable, exit code 2', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const proc = runScript('proxy.mjs', ['http://127.0.0.1:9'], { PROXY_PORT: String(port) });
      expect((await exitOf(proc)).code, proc.output()).toBe(2);
      expect(proc.output().trim()).toBe(
        `Port ${port} on 127.0.0.1 is already in use. Stop whatever holds it, or set PROXY_PORT to another port (e.g. PROXY_PORT=${port + 1}).`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
