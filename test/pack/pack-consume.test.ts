// The published shape: `npm pack` (whose prepack builds dist/), the tarball's file list, a fresh project
// that installs it, a strict NodeNext TypeScript user compiled against the packed types, and a
// JavaScript user (test/pack/consumer.mjs) calling a local fault server through the packed runtime,
// run by each supported Node line, Bun and Deno in turn (test/pack/runtimes.ts fetches them once into a
// cache). A runtime that cannot be fetched is skipped with the reason, and fails the test under CI=true.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  base64OrgId,
  contactId,
  gotContact,
  orgId,
  schemaUrn,
  token,
  unpaddedBase64OrgId,
} from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { bundledDocument } from '../fixtures/operations.js';
import { FETCH_TIMEOUT_MS, type Fetched, fetchRuntime, type RuntimeSpec, runtimeSpecs } from './runtimes.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const rootPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const versionOf = async (name: string): Promise<string> =>
  JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
// npm pack and install can take a minute on a busy machine; every child is bounded by this too.
const SLOW = 180_000;

// How each runtime runs consumer.mjs. Neither Bun nor Deno may reach the internet: Bun must not
// auto-install, Deno must not fetch (no remote modules, no npm download, no update check) and may only
// connect to the fault server; both load the package from the temp project's node_modules, as a user's
// project would.
const launch: Record<RuntimeSpec['name'], { args: string[]; env: () => Record<string, string> }> = {
  node: { args: [], env: () => ({}) },
  // DO_NOT_TRACK: no crash report upload to bun.report.
  bun: { args: ['--no-install'], env: () => ({ DO_NOT_TRACK: '1' }) },
  deno: {
    args: [
      'run',
      '--node-modules-dir=manual',
      '--no-remote',
      '--cached-only',
      '--no-lock',
      '--no-prompt',
      '--allow-net=127.0.0.1',
    ],
    // Deno's cache goes in the temp folder (removed after) instead of the user's home.
    env: () => ({ DENO_DIR: join(temp, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' }),
  },
};

const server = useFaultServer();
let temp: string;
let consumer: string;
let tarballFiles: string[];
let fetched: Map<RuntimeSpec, Fetched>;

beforeAll(async () => {
  // The runtimes download (the first time) while the package is packed and installed.
  const fetching = Promise.all(runtimeSpecs.map(fetchRuntime));
  temp = await mkdtemp(join(tmpdir(), 'webex-org-contacts-pack-'));
  // prepack builds dist/ with tsc -p tsconfig.build.json, so this packs what `npm publish` would.
  await run('npm', ['pack', '--pack-destination', temp, '--loglevel', 'error'], { cwd: root, timeout: SLOW });
  const tarball = join(temp, `${rootPackage.name}-${rootPackage.version}.tgz`);
  const { stdout } = await run('tar', ['-tzf', tarball], { timeout: SLOW });
  tarballFiles = stdout
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));

  consumer = join(temp, 'consumer');
  await mkdir(consumer);
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // ajv and ajv-formats: the optional peers the contract subpath needs, at the versions we test with.
  const peers = await Promise.all(['ajv', 'ajv-formats'].map(async (name) => `${name}@${await versionOf(name)}`));
  await run(
    'npm',
    ['install', tarball, ...peers, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error'],
    {
      cwd: consumer,
      timeout: SLOW,
    },
  );
  await copyFile(fileURLToPath(new URL('consumer.mjs', import.meta.url)), join(consumer, 'consumer.mjs'));
  fetched = new Map((await fetching).map((each) => [each.spec, each]));
}, SLOW + FETCH_TIMEOUT_MS);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds dist/, the bundled document, README, LICENSE and package.json', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/api.js',
      'dist/api.d.ts',
      'dist/contract.js',
      'dist/contract.d.ts',
      'generated/openapi.json',
      'generated/openapi-3.0.json',
      'generated/openapi.yaml',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      expect(tarballFiles).toContain(file);
    }
  });

  it('holds nothing else: no sources, tests, scripts, source document or docs site', () => {
    // generated/schema.d.ts ships because the .d.ts files in dist/ import their types from it.
    const allowed =
      /^(dist\/[\w-]+\.(js|d\.ts)|generated\/(openapi\.json|openapi-3\.0\.json|openapi\.yaml|schema\.d\.ts)|README\.md|LICENSE|package\.json)$/;
    expect(tarballFiles.filter((file) => !allowed.test(file))).toEqual([]);
    expect(tarballFiles.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('has a module in dist/ for each file of src/ and no other (no stale build output)', async () => {
    const sources = (await readdir(join(root, 'src')))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.replace(/\.ts$/, ''));
    const built = tarballFiles
      .filter((file) => /^dist\/[\w-]+\.js$/.test(file))
      .map((file) => file.slice('dist/'.length, -'.js'.length));
    expect(built.sort()).toEqual(sources.sort());
  });
});

describe('a strict NodeNext TypeScript project using the package', () => {
  it(
    'compiles against the packed types, which are precise (not any)',
    async () => {
      const dir = join(consumer, 'typed');
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            resolveJsonModule: true,
            // The packed .d.ts files are checked too, not taken on trust.
            skipLibCheck: false,
            noEmit: true,
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      await writeFile(join(dir, 'consumer.ts'), typedConsumer);
      // Our own tsc (the version we build with), resolving the package from the temp project's node_modules.
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const compiled = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], {
        cwd: dir,
        timeout: SLOW,
      }).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
      expect(compiled).toBe('');
    },
    SLOW,
  );
});

describe('a JavaScript program using the packed package', () => {
  it.for(runtimeSpecs)(
    'on $name $version: gets, sends the UUID for a base64 orgId, retries a 429, sends a failed POST once, retries a 429 through webex-org-contacts/api, and never shows the token',
    { timeout: SLOW },
    async (spec, context) => {
      const runtime = fetched.get(spec)!;
      if ('unavailable' in runtime) {
        if (inCi) throw new Error(`${spec.name} ${spec.version} is needed under CI=true: ${runtime.unavailable}`);
        return context.skip(runtime.unavailable);
      }
      const unavailable = 'Service unavailable.';
      server.reply(
        { body: gotContact },
        { status: 429, headers: { 'Retry-After': '0' } },
        { body: gotContact },
        { status: 503, body: { message: unavailable } },
        { status: 429, headers: { 'Retry-After': '0' } },
        { body: gotContact },
      );
      // On stdin, not argv: a failed run's error message repeats the command line, and must not show the token.
      const input = JSON.stringify({ baseUrl: server.baseUrl, token, orgId: unpaddedBase64OrgId, contactId });
      const running = run(runtime.command, [...launch[spec.name].args, 'consumer.mjs'], {
        cwd: consumer,
        env: { ...process.env, ...launch[spec.name].env() },
        timeout: SLOW,
      });
      running.child.stdin!.end(input);
      const seen = JSON.parse((await running).stdout);

      expect(seen.runtime).toEqual({ name: spec.name, version: spec.version });
      // A CommonJS user's require() of the package (Node only): what each line's first version is chosen for.
      if (spec.name === 'node')
        expect(seen.required).toEqual({ createContactsClient: 'function', WebexApiError: 'function' });
      expect(seen.got).toEqual(gotContact);
      expect(seen.retried).toEqual(gotContact);
      expect(seen.api).toEqual({ data: gotContact, status: 200 });
      expect(seen.contract).toEqual({ valid: true, errors: [] });
      expect(seen.documentServer).toBe(bundledDocument.servers[0].url);
      expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
        `GET /v1/contacts/organizations/${orgId}/contacts/${contactId}`,
        `GET /v1/contacts/organizations/${orgId}/contacts/${contactId}`,
        `GET /v1/contacts/organizations/${orgId}/contacts/${contactId}`,
        `POST /v1/contacts/organizations/${orgId}/contacts`,
        `GET /v1/contacts/organizations/${orgId}/contacts/${contactId}`,
        `GET /v1/contacts/organizations/${orgId}/contacts/${contactId}`,
      ]);
      expect(server.received.every((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true);
      expect(JSON.parse(server.received[3]!.body)).toMatchObject({ schemas: schemaUrn });

      expect(seen.error).toMatchObject({
        isWebexApiError: true,
        name: 'WebexApiError',
        status: 503,
        method: 'POST',
        operationId: 'createContact',
      });
      // Every way consumer.mjs prints the error (a fixed list there).
      for (const view of seen.error.views) {
        expect(view).toEqual(expect.any(String));
        // Each view shows the error (so a runtime's terse inspect cannot pass by showing nothing), never the token.
        expect(view).toContain(unavailable);
        expect(view).not.toContain(token);
      }
    },
  );
});

// The TypeScript user: every export a user reaches for, and a refused input that proves the types are
// real (an `any` would make the expect-error directive unused, which fails compilation).
const typedConsumer = `
import { WebexApiError, createContactsClient, toOrgUuid, type Contact, type CreateContactInput } from 'webex-org-contacts';
import { createContactsApi } from 'webex-org-contacts/api';
import { validateContact, type ContractResult } from 'webex-org-contacts/contract';
import document from 'webex-org-contacts/openapi.json' with { type: 'json' };

const contacts = createContactsClient({ token: async () => 'token', baseUrl: document.servers[0].url, retry: { maxRetries: 2 } });
const orgId: string = toOrgUuid('${base64OrgId}');

const input: CreateContactInput = { source: 'CH', emails: [{ value: 'frontdesk@example.com', type: 'work' }] };
const created: Contact = await contacts.create(orgId, input);
const got: Contact = await contacts.get(orgId, created.contactId, { signal: AbortSignal.timeout(5000) });
const checked: ContractResult = validateContact(got);

// @ts-expect-error a CH contact needs an email, phone number or SIP address
const unreachable: CreateContactInput = { source: 'CH', displayName: 'Front Desk' };
// @ts-expect-error contactId is a string
const wrong: number = got.contactId;

try {
  await contacts.get(orgId, got.contactId);
} catch (error) {
  if (error instanceof WebexApiError) {
    const status: number = error.status;
    const retryAfter: number | undefined = error.retryAfter;
    const details: string[] = error.errors;
    void [status, retryAfter, details];
  }
}

const api = createContactsApi({ token: 'token', retry: false });
const { data } = await api.GET('/contacts/organizations/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId: got.contactId } } });
const raw: Contact | undefined = data;
// @ts-expect-error contactId is a required path parameter of the raw client too
await api.GET('/contacts/organizations/{orgId}/contacts/{contactId}', { params: { path: { orgId } } });
void [checked, unreachable, wrong, raw];
`;
