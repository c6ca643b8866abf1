#!/usr/bin/env node
// `npm run mock`: the Prism mock of generated/openapi.json on 127.0.0.1:$MOCK_PORT (default 4010).
// `--dynamic` generates responses from the schemas instead of serving the examples.
import { curlExample, PortInUseError, startPrism } from './lib/prism.mjs';

const port = Number(process.env.MOCK_PORT ?? 4010);
try {
  const mock = await startPrism({ port, dynamic: process.argv.includes('--dynamic') });
  console.log(`\nMock of the Webex Organization Contacts API: ${mock.url}\n\nTry it:\n  ${curlExample(mock.url)}\n\nCtrl-C stops it.`);
  const shutdown = async () => {
    await mock.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof PortInUseError ? error.message : `Could not start the mock: ${error.message}`);
  process.exit(1);
}
