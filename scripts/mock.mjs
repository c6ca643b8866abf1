#!/usr/bin/env node
// `npm run mock`: the Prism mock of generated/openapi.json on 127.0.0.1:$MOCK_PORT (default 4010, 0: any
// free port). `--dynamic` generates responses from the schemas instead of serving the examples.
import { scriptLifecycle } from './lib/lifecycle.mjs';
import { portFromEnv } from './lib/ports.mjs';
import { startPrism } from './lib/prism.mjs';
import { curlExample } from './lib/samples.mjs';

/** @import { Readable } from 'node:stream' */

const life = scriptLifecycle();
try {
  const port = portFromEnv('MOCK_PORT', 4010);
  const mock = await life.started(startPrism({ port, dynamic: process.argv.includes('--dynamic'), output: 'pipe' }));
  life.watch(mock.child, 'The Prism mock');
  console.log(
    `\nMock of the Webex Organization Contacts API: ${mock.url}\n\nTry it:\n  ${curlExample(mock.url)}\n\nCtrl-C stops it.\n`,
  );
  // Prism's request log, after the banner (the casts: output 'pipe' leaves it on the child's streams).
  /** @type {Readable} */ (mock.child.stdout).pipe(process.stdout);
  /** @type {Readable} */ (mock.child.stderr).pipe(process.stderr);
} catch (error) {
  await life.failed(error, 'the mock');
}
