// `npm run proxy -- <upstream>` (scripts/proxy.mjs): Prism's validating proxy in front of a scripted
// upstream. It tests a program users run, not a server's contract, so it lives outside test/contract
// (which `npm run test:contract` points at live tenants). The script is run as users run it, as a
// process, and stopped with SIGINT as Ctrl-C would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleContactPath } from '../../scripts/lib/prism.mjs';
import { gotContact, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { childrenOf } from '../fixtures/script-run.js';

const script = fileURLToPath(new URL('../../scripts/proxy.mjs', import.meta.url));
const upstream = useFaultServer();

interface Run {
  child: ChildProcess;
  /** stdout and stderr as they arrive. */
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** Resolves with the first match of `pattern` in the output; rejects if the process exits first or after `timeoutMs`. */
async function waitForOutput(proc: Run, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = proc.output().match(pattern);
    if (match) return match;
    if (proc.child.exitCode !== null) throw new Error(`the proxy exited (${proc.child.exitCode}):\n${proc.output()}`);
    await Promise.race([once(proc.child.stdout!, 'data'), once(proc.child, 'exit'), new Promise((r) => setTimeout(r, 500))]);
  }
  throw new Error(`no ${pattern} in the proxy's output within ${timeoutMs} ms:\n${proc.output()}`);
}


const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm run proxy', () => {
  let proxy: Run;
  let proxyUrl: string;
  let prismPids: number[] = [];

  beforeAll(async () => {
    // PROXY_PORT=0: a free port, read back from what the script prints.
    proxy = run([upstream.baseUrl], { PROXY_PORT: '0' });
    proxyUrl = (await waitForOutput(proxy, /Validating proxy for \S+: (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    prismPids = childrenOf(proxy.child.pid!);
  }, 40_000);

  afterAll(() => {
    // Only if a test failed before SIGINT stopped it.
    for (const pid of [...prismPids, proxy?.child.pid]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  });

  const get = (path: string) =>
    fetch(proxyUrl + path, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) });

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
    expect(violations).toEqual([expect.objectContaining({ location: ['response', 'body', 'displayName'], code: 'type' })]);
    await waitForOutput(proxy, /Violation: response\.body\.displayName .*must be string/);
  });

  it('never prints the bearer token', () => {
    expect(proxy.output()).not.toContain(token);
  });

  it('stops on SIGINT with a summary, leaving no Prism process behind', async () => {
    proxy.child.kill('SIGINT');
    expect(await proxy.exited).toBe(0);
    expect(proxy.output()).toMatch(/Proxy stopped: 2 request\(s\), 1 violation\(s\) \(1 error\(s\)\)\./);
    expect(prismPids.filter(alive)).toEqual([]);
  });
});

describe('npm run proxy, used wrongly', () => {
  it.each([
    ['no upstream', [], /No upstream URL given/],
    ['an upstream that is no URL', ['webexapis.com'], /Not a URL: webexapis\.com/],
    ['an upstream that is not http(s)', ['ftp://example.com'], /must be an http or https URL/],
  ])('%s: a usage error, exit code 2', async (_name, args, message) => {
    const proc = run(args);
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toMatch(message);
    expect(proc.output()).toContain('Usage: npm run proxy -- <upstream-url>');
  });

  it('a PROXY_PORT that is no port: a usage error, exit code 2', async () => {
    const proc = run(['http://127.0.0.1:9'], { PROXY_PORT: 'eleven' });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toMatch(/PROXY_PORT must be a port number/);
  });
});
