#!/usr/bin/env node
// `npm start`: the Prism mock on 127.0.0.1:$MOCK_PORT (default 4010) and the docs site on
// 127.0.0.1:$DOCS_PORT (default 8080), both from the committed generated/openapi.json. It regenerates
// nothing; it builds the docs ($DOCS_DIR, default dist/docs) only when missing or older than the
// document. Ctrl-C or SIGTERM stops both.
import { relative, resolve } from 'node:path';
import { buildDocs, docsAreStale, docsDir } from './lib/docs-site.mjs';
import { curlExample, PortInUseError, portFromEnv, reservePort, sampleIds, startPrism, UsageError } from './lib/prism.mjs';
import { serveStatic } from './lib/static-server.mjs';

const host = '127.0.0.1';

function clientSnippet(baseUrl) {
  const { orgId, contactId } = sampleIds;
  return [
    `import { createContactsClient } from 'webex-org-contacts';`,
    `const contacts = createContactsClient({ token: 'any-token', baseUrl: '${baseUrl}' });`,
    `const contact = await contacts.get('${orgId}', '${contactId}');`,
  ];
}

let docsStarting;
let mockStarting;
let mockChild;
let stopping = false;

// Stops whatever has started, also when a signal comes while the servers are still starting.
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([docsStarting?.then((docs) => docs.close()), mockStarting?.then((mock) => mock.stop())]);
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
// Last resort if this process dies another way: never leave the mock running on its own.
process.on('exit', () => mockChild?.kill('SIGKILL'));

try {
  const mockPort = portFromEnv('MOCK_PORT', 4010);
  const docsPort = portFromEnv('DOCS_PORT', 8080);
  // Both ports checked before anything is built or spawned, so a busy one fails at once.
  if (mockPort !== 0) await reservePort(host, mockPort, 'MOCK_PORT');
  if (docsPort !== 0) await reservePort(host, docsPort, 'DOCS_PORT');

  // DOCS_DIR: where the site is built and served from (the tests use a temp folder).
  const siteDir = process.env.DOCS_DIR ? resolve(process.env.DOCS_DIR) : docsDir;
  if (docsAreStale(siteDir)) {
    console.log(`Building the docs site (${relative(process.cwd(), siteDir) || '.'})…`);
    buildDocs({ outDir: siteDir });
  }
  docsStarting = serveStatic({ dir: siteDir, host, port: docsPort, portVariable: 'DOCS_PORT' });
  const docs = await docsStarting;
  mockStarting = startPrism({ host, port: mockPort, portVariable: 'MOCK_PORT', output: 'pipe' });
  const mock = await mockStarting;
  mockChild = mock.child;
  // Prism's request log, after the banner below.
  mock.child.stdout.pipe(process.stdout);
  mock.child.stderr.pipe(process.stderr);
  mock.child.once('exit', (code, signal) => {
    if (stopping) return;
    // Ctrl-C in a terminal signals the whole process group, the mock included: that is a stop, not a crash.
    if (signal === 'SIGINT' || signal === 'SIGTERM') return void stop(0);
    console.error(`The mock stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    void stop(1);
  });

  console.log(
    [
      '',
      'Webex Organization Contacts API',
      '',
      `  Docs:  ${docs.url}/`,
      `  Mock:  ${mock.url}  (Prism, pid ${mock.child.pid})`,
      '',
      'Get a Contact from the mock:',
      '',
      `  ${curlExample(mock.url)}`,
      '',
      'Or with the client:',
      '',
      ...clientSnippet(mock.url).map((line) => `  ${line}`),
      '',
      'Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
} catch (error) {
  if (stopping) await new Promise(() => {}); // a signal came while starting: stop() exits
  const known = error instanceof PortInUseError || error instanceof UsageError;
  console.error(known ? error.message : `Could not start: ${error.message}`);
  await stop(1);
}
