#!/usr/bin/env node
// `npm start`: the Prism mock on 127.0.0.1:$MOCK_PORT (default 4010) and the docs site on
// 127.0.0.1:$DOCS_PORT (default 8080), both from the committed generated/openapi.json. It regenerates
// nothing; it builds the docs ($DOCS_DIR, default dist/docs) only when missing or older than the
// document. Ctrl-C or SIGTERM stops both.
import { relative, resolve } from 'node:path';
import { buildDocs, docsAreStale, docsDir } from './lib/docs-site.mjs';
import { scriptLifecycle } from './lib/lifecycle.mjs';
import { portFromEnv, reservePort } from './lib/ports.mjs';
import { startPrism } from './lib/prism.mjs';
import { curlExample, sampleIds } from './lib/samples.mjs';
import { serveStatic } from './lib/static-server.mjs';

/** @import { Readable } from 'node:stream' */

/** @param {string} baseUrl */
function clientSnippet(baseUrl) {
  const { orgId, contactId } = sampleIds;
  return [
    `import { createContactsClient } from 'webex-org-contacts';`,
    `const contacts = createContactsClient({ token: 'any-token', baseUrl: '${baseUrl}' });`,
    `const contact = await contacts.get('${orgId}', '${contactId}');`,
  ];
}

const life = scriptLifecycle();
try {
  const mockPort = portFromEnv('MOCK_PORT', 4010);
  const docsPort = portFromEnv('DOCS_PORT', 8080);
  // Both ports checked before anything is built or spawned, so a busy one fails at once.
  if (mockPort !== 0) await reservePort(mockPort, 'MOCK_PORT');
  if (docsPort !== 0) await reservePort(docsPort, 'DOCS_PORT');

  // DOCS_DIR: where the site is built and served from (the tests use a temp folder).
  const siteDir = process.env.DOCS_DIR ? resolve(process.env.DOCS_DIR) : docsDir;
  if (docsAreStale(siteDir)) {
    console.log(`Building the docs site (${relative(process.cwd(), siteDir) || '.'})…`);
    buildDocs({ outDir: siteDir });
  }
  const docs = await life.started(serveStatic({ dir: siteDir, port: docsPort, portVariable: 'DOCS_PORT' }), (docs) =>
    docs.close(),
  );
  const mock = await life.started(startPrism({ port: mockPort, output: 'pipe' }));
  life.watch(mock.child, 'The Prism mock');
  // Prism's request log, after the banner below (the casts: output 'pipe' leaves it on the child's streams).
  /** @type {Readable} */ (mock.child.stdout).pipe(process.stdout);
  /** @type {Readable} */ (mock.child.stderr).pipe(process.stderr);

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
      'Or with the client (in a file such as try.mjs in this folder, then node try.mjs):',
      '',
      ...clientSnippet(mock.url).map((line) => `  ${line}`),
      '',
      'Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
} catch (error) {
  await life.failed(error, 'the mock and the docs site');
}
