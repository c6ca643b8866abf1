#!/usr/bin/env node
// `npm run proxy -- <upstream-url>`: Prism's validating proxy on 127.0.0.1:$PROXY_PORT (default 4011,
// 0: any free port). Every request is forwarded to <upstream-url> unchanged; request and response are
// checked against generated/openapi.json and violations are reported: in an `sl-violations` response
// header (JSON) and as `Violation:` lines in the output, with a count when the proxy stops.
//
// Prism's `--errors` is deliberately NOT passed. With it Prism refuses an invalid request itself (422 or
// 401, never forwarded) and replaces a response that breaks the document with its own error, so the
// client no longer sees what the real server does. This proxy is for watching real traffic keep the
// contract: it reports and never changes what passes through.
import { createInterface } from 'node:readline';
import { scriptLifecycle } from './lib/lifecycle.mjs';
import { curlExample, portFromEnv, startPrism } from './lib/prism.mjs';
import { UsageError } from './lib/usage.mjs';

const usage = `Usage: npm run proxy -- <upstream-url>

  Forwards requests to <upstream-url> (http or https, e.g. https://webexapis.com/v1) and reports every
  request or response that breaks generated/openapi.json. PROXY_PORT sets the port (default 4011).`;

/** The upstream URL from the arguments; a UsageError (with the usage) if there is not exactly one http(s) URL. */
function upstreamFrom(args) {
  const wrong = (message) => new UsageError(`${message}\n\n${usage}`);
  if (args.length === 0) throw wrong('No upstream URL given.');
  if (args.length > 1) throw wrong(`Expected one upstream URL, got: ${args.join(' ')}`);
  let upstream;
  try {
    upstream = new URL(args[0]);
  } catch {
    throw wrong(`Not a URL: ${args[0]}`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') throw wrong(`The upstream must be an http or https URL, not ${args[0]}`);
  return upstream;
}

let proxy;
const counted = { requests: 0, violations: 0, errors: 0 };
const life = scriptLifecycle({
  afterStop: () => {
    if (proxy) console.log(`\nProxy stopped: ${counted.requests} request(s), ${counted.violations} violation(s) (${counted.errors} error(s)).`);
  },
});

// ANSI colour codes, so a coloured Prism line is still recognised.
const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** Passes Prism's output through and counts requests and violations for the closing summary. */
function relay(stream, to) {
  createInterface({ input: stream }).on('line', (line) => {
    to.write(`${line}\n`);
    const text = plain(line);
    if (/\[HTTP SERVER\].*Request received/.test(text)) counted.requests += 1;
    if (/Violation:/.test(text)) {
      counted.violations += 1;
      if (/✖|error/.test(text.split('Violation:')[0] ?? '')) counted.errors += 1;
    }
  });
}

try {
  const upstream = upstreamFrom(process.argv.slice(2));
  const port = portFromEnv('PROXY_PORT', 4011);
  proxy = await life.started(
    startPrism({
      port,
      upstream: upstream.href,
      output: 'pipe',
      // Prism colours its log only for a terminal: keep that when this process writes to one.
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    }),
  );
  life.watch(proxy.child, 'The Prism proxy');
  relay(proxy.child.stdout, process.stdout);
  relay(proxy.child.stderr, process.stderr);
  console.log(
    [
      '',
      `Validating proxy for ${upstream.href}: ${proxy.url}`,
      '',
      'Send your requests to the proxy instead of the server, e.g.:',
      `  ${curlExample(proxy.url, { tokenVariable: 'WEBEX_TOKEN', showHeaders: true })}`,
      '',
      'Responses pass through unchanged. One that breaks the document (or answers a request that does)',
      'carries an sl-violations header, and a "Violation:" line below names the field and the rule.',
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
} catch (error) {
  await life.failed(error, 'the proxy');
}
