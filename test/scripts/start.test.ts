// `npm start` as a newcomer runs it: a child process on free ports (port 0, read back from what it
// prints), checked through what it prints and what answers on those ports, then stopped by signal.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { validateContact } from '../../src/contract.js';
import { documented } from '../fixtures/operations.js';
import { alive, exitOf, listening, runScript, type ScriptRun, stopAll, waitForOutput } from '../fixtures/script-run.js';

const waitMs = 30_000;
const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const host = '127.0.0.1';

const prismPids: number[] = [];
const docsDir = join(mkdtempSync(join(tmpdir(), 'start-test-')), 'docs');

/** `npm start` on free ports (0), the docs built into a temp dir. */
const start = (env: Record<string, string>): ScriptRun =>
  runScript('start.mjs', [], { MOCK_PORT: '0', DOCS_PORT: '0', DOCS_DIR: docsDir, ...env });

function occupy(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => resolve(server));
  });
}
const portOf = (server: Server) => (server.address() as { port: number }).port;
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Waits for the banner and reads the URLs, the Prism pid, the curl line and the client snippet from it. */
async function banner(run: ScriptRun) {
  const [, docsUrl] = await waitForOutput(run, /Docs:\s+(http:\/\/127\.0\.0\.1:\d+)\//);
  const [, mockUrl, pid] = await waitForOutput(run, /Mock:\s+(http:\/\/127\.0\.0\.1:\d+)\s+\(Prism, pid (\d+)\)/);
  prismPids.push(Number(pid));
  await waitForOutput(run, /Ctrl-C stops both\./);
  const lines = run
    .output()
    .split('\n')
    .map((line) => line.trim());
  const curl = lines.find((line) => line.startsWith('curl '));
  const snippetStart = lines.findIndex((line) => line.startsWith('import { createContactsClient }'));
  return {
    docsUrl: docsUrl!,
    mockUrl: mockUrl!,
    prismPid: Number(pid),
    curl,
    snippet: lines.slice(snippetStart, snippetStart + 3),
  };
}

/** Both servers are gone: their ports refuse connections and the Prism process no longer exists. */
async function expectAllStopped(run: ScriptRun, ports: number[], prismPid: number) {
  for (const port of ports)
    expect(await listening(port), `port ${port} still open; output:\n${run.output()}`).toBe(false);
  expect(alive(prismPid), `Prism (pid ${prismPid}) still running; output:\n${run.output()}`).toBe(false);
}

// Whatever a failed test left behind.
afterEach(() => stopAll(prismPids.splice(0)));

afterAll(() => rmSync(join(docsDir, '..'), { recursive: true, force: true }));

describe('npm start', () => {
  it('builds the missing docs, serves the mock and the docs, prints how to call them, and stops both on SIGINT', async () => {
    const run = start({});
    const { docsUrl, mockUrl, prismPid, curl, snippet } = await banner(run);
    const output = run.output();
    expect(output, output).toContain('Building the docs site');
    expect(existsSync(join(docsDir, 'index.html'))).toBe(true);

    // The curl line, pasted: its header and URL fetch a contact that meets the contract.
    expect(curl, output).toMatch(/^curl -H 'Authorization: Bearer [^']+' http:\/\/127\.0\.0\.1:\d+\/\S+$/);
    const [, header, value, url] = curl!.match(/^curl -H '([^:]+): ([^']+)' (\S+)$/)!;
    expect(url!.startsWith(`${mockUrl}/`), curl).toBe(true);
    const response = await fetch(url!, { headers: { [header!]: value! }, signal: AbortSignal.timeout(waitMs) });
    expect(response.status).toBe(200);
    const contact = await response.json();
    expect(validateContact(contact).errors).toEqual([]);
    expect(contact).toEqual(
      Object.values(documented('getContact').responses.find((r) => r.status === 200)!.examples)[0],
    );

    // The client snippet: three lines, pointed at this mock, reading the same contact.
    expect(snippet, output).toEqual([
      expect.stringMatching(/^import \{ createContactsClient \} from 'webex-org-contacts';$/),
      expect.stringContaining(`createContactsClient({ token: 'any-token', baseUrl: '${mockUrl}' })`),
      expect.stringMatching(/^const contact = await contacts\.get\('([0-9a-f-]{36})', '([0-9a-f-]{36})'\);$/),
    ]);
    const [, orgId, contactId] = snippet[2]!.match(/get\('([^']+)', '([^']+)'\)/)!;
    expect(url).toBe(`${mockUrl}/contacts/organizations/${orgId}/contacts/${contactId}`);
    // Run as the banner says, from a file in the clone: the package resolves to itself (dist/, built by npm install).
    const tryFile = join(root, `.try-start-snippet-${process.pid}.mjs`);
    writeFileSync(tryFile, `${snippet.join('\n')}\nconsole.log(JSON.stringify(contact));\n`);
    try {
      const { stdout } = await execFileAsync(process.execPath, [tryFile], { cwd: root, timeout: waitMs });
      expect(JSON.parse(stdout)).toEqual(contact);
    } finally {
      rmSync(tryFile, { force: true });
    }

    const docs = await fetch(docsUrl, { signal: AbortSignal.timeout(waitMs) });
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await docs.text()).toContain('<script src="redoc.standalone.js"></script>');

    run.child.kill('SIGINT');
    expect(await exitOf(run), run.output()).toEqual({ code: 0, signal: null });
    await expectAllStopped(run, [new URL(docsUrl).port, new URL(mockUrl).port].map(Number), prismPid);
  });

  it('serves the docs it already built without building them again, and stops both on SIGTERM', async () => {
    // Relies on the docs the first case built; built here if this case runs alone.
    if (!existsSync(join(docsDir, 'index.html'))) {
      const { buildDocs } = await import('../../scripts/lib/docs-site.mjs');
      buildDocs({ outDir: docsDir });
    }
    const run = start({});
    const { docsUrl, mockUrl, prismPid } = await banner(run);
    expect(run.output()).not.toContain('Building the docs site');
    expect((await fetch(docsUrl, { signal: AbortSignal.timeout(waitMs) })).status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await exitOf(run), run.output()).toEqual({ code: 0, signal: null });
    await expectAllStopped(run, [new URL(docsUrl).port, new URL(mockUrl).port].map(Number), prismPid);
  });

  it('stops the docs too, with a one-line error naming what stopped, when Prism dies behind its back', async () => {
    const run = start({});
    const { docsUrl, prismPid } = await banner(run);

    process.kill(prismPid, 'SIGKILL');
    const { code } = await exitOf(run);
    expect(code, run.output()).toBe(1);
    expect(run.output()).toContain(`The Prism mock (pid ${prismPid}) stopped unexpectedly (SIGKILL).`);
    expect(run.output(), 'no stack trace').not.toMatch(/^\s+at /m);
    expect(await listening(Number(new URL(docsUrl).port)), run.output()).toBe(false);
  });

  it.each(['MOCK_PORT', 'DOCS_PORT'])(
    'refuses a busy %s with a message naming the port and the variable, and starts nothing',
    async (variable) => {
      const busy = await occupy();
      const spare = await occupy();
      const other = variable === 'MOCK_PORT' ? 'DOCS_PORT' : 'MOCK_PORT';
      // The other server gets a known free port, so the test can prove nothing listens there afterwards.
      const sparePort = portOf(spare);
      await closeServer(spare);
      try {
        const run = start({ [variable]: String(portOf(busy)), [other]: String(sparePort) });
        const { code } = await exitOf(run);
        const output = run.output();
        expect(code, `a usage error; output:\n${output}`).toBe(2);
        expect(output).toContain(`Port ${portOf(busy)}`);
        expect(output).toContain(variable);
        expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
        expect(output, 'no Prism started').not.toMatch(/Prism/);
        expect(await listening(sparePort), output).toBe(false);
      } finally {
        await closeServer(busy);
      }
    },
  );
});
