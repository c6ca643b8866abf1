#!/usr/bin/env node
// `npm run mock`: the Prism mock of generated/openapi.json on 127.0.0.1:$MOCK_PORT (default 4010, 0: any
// free port). `--dynamic` generates responses from the schemas instead of serving the examples.
import { curlExample, PortInUseError, portFromEnv, startPrism, UsageError } from './lib/prism.mjs';

try {
  const port = portFromEnv('MOCK_PORT', 4010);
  const mock = await startPrism({ port, dynamic: process.argv.includes('--dynamic'), output: 'pipe' });
  console.log(`\nMock of the Webex Organization Contacts API: ${mock.url}\n\nTry it:\n  ${curlExample(mock.url)}\n\nCtrl-C stops it.\n`);
  // Prism's request log, after the banner.
  mock.child.stdout.pipe(process.stdout);
  mock.child.stderr.pipe(process.stderr);
  const shutdown = async () => {
    await mock.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  const known = error instanceof PortInUseError || error instanceof UsageError;
  console.error(known ? error.message : `Could not start the mock: ${error.message}`);
  process.exit(1);
}
