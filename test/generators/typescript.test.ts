// The TypeScript generators consumers use, each run on generated/openapi.json as its README command
// says: the output must compile under strict TypeScript, the documented Create bodies must compile,
// and the invalid ones must not wherever the generator can express the rule. Zod output is also
// imported and run. What a generator cannot express is a cell of `expected` below, asserted like any
// other (and shown in the README), never a skipped test.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled, bundled30, npmTool, root, run, versions } from './cache.js';
import {
  createCases,
  getExample,
  operationIds,
  type Rule,
  readmeRow,
  requestSchemas,
  tolerant,
  type Verdict,
} from './create-cases.js';

const MINUTE = 60_000;
const devBin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Expected {
  /** Diagnostics in the generated files under strict (their file names), [] when it all compiles. */
  generatedErrors: string[];
  /** What tsc does with each Create body typed as the generated createContact body. */
  create: Record<Rule, Verdict>;
  /** Whether the Get example, with its undocumented SIP type, is assignable to the generated Contact type. */
  tolerant: Verdict;
  /** Zod output only: what its runtime schemas do with each body, and with the Get example. */
  runtime?: { imports: boolean; create: Record<Rule, Verdict>; tolerant: Verdict };
}

interface Generator {
  name: string;
  version: string;
  /** The commands, as the README shows them, with IN (the document) and OUT (the output folder). */
  commands: string[][];
  /** IN, when it is not generated/openapi.json: the 3.0 document, for a generator that reads it better. */
  document?: string;
  /** The tool's node_modules: linked into the output folder, so generated imports (zod, axios) resolve. */
  modules?: () => string;
  /** Files written beside the output before generating (e.g. a config). */
  files?: Record<string, string>;
  /** Probe header: imports from the output, and the types `Body` and `Contact`. */
  types: string;
  /** Writes the schemas and no client (so no operation is named). */
  schemasOnly?: true;
  /** Zod output: the module to import and the names of its Create and Contact schemas. */
  zod?: { module: string; create: string; contact: string };
  expected: Expected;
}

const all = (verdict: Verdict): Record<Rule, Verdict> =>
  Object.fromEntries(
    Object.entries(createCases).map(([rule, [, valid]]) => [rule, valid ? 'accepted' : verdict]),
  ) as Record<Rule, Verdict>;
const refusesAll = all('refused');
/** `minItems: 1` has no TypeScript spelling but a tuple (`[T, ...T[]]`), which only openapi-typescript's --array-length writes. */
const noMinItems: Record<Rule, Verdict> = { ...refusesAll, 'CH with an empty emails list': 'accepted' };
const openMembers: Record<Rule, Verdict> = { ...noMinItems, 'a misspelt field (displayNmae)': 'accepted' };
/** Zod's `.min(1)` says minItems; a `.passthrough()` object keeps an unknown field. */
const openObjects: Record<Rule, Verdict> = { ...refusesAll, 'a misspelt field (displayNmae)': 'accepted' };

const readme = readFileSync(join(root, 'docs', 'generators.md'), 'utf8');
/** A config file as docs/generators.md shows it: the js block whose first line is `// <name>`. */
function configFile(name: string): string {
  const block = readme.split('```js\n').find((text) => text.startsWith(`// ${name}\n`));
  if (!block) throw new Error(`docs/generators.md shows no \`${name}\` (a js block starting // ${name})`);
  return block.slice(`// ${name}\n`.length, block.indexOf('```'));
}

const cached = (key: keyof typeof versions.npm) => () => npmTool(key);
const bin = (key: keyof typeof versions.npm, name: string) => join(npmTool(key), '.bin', name);

/** swagger-typescript-api's command, as docs/generators.md shows it, with `flags` added. */
const swaggerTypescriptApi = (...flags: string[]) => [
  bin('swagger-typescript-api', 'swagger-typescript-api'),
  ...['generate', '--path', 'IN', '--output', 'OUT', '--name', 'api.ts', ...flags],
];

/** typed-openapi's probe header: its Endpoints types. */
const typedOpenapiTypes = `import type { Endpoints } from './api';
type Body = Endpoints.post_CreateContact['parameters']['body'];
type Contact = Endpoints.get_GetContact['responses'][200];`;
/** typed-openapi's zod output: the probe header on its schemas' input types, and the schemas to run. */
const typedOpenapiZod = {
  types: `import type { z } from 'zod';
import type { CreateContactRequest, Contact as Read } from './api';
type Body = z.input<typeof CreateContactRequest>;
type Contact = z.input<typeof Read>;`,
  zod: { module: 'api.ts', create: 'CreateContactRequest', contact: 'Contact' },
};

const generators: Generator[] = [
  {
    name: 'openapi-typescript',
    version: versions.devDependencies['openapi-typescript'],
    commands: [[devBin('openapi-typescript'), 'IN', '--array-length', '-o', 'OUT/schema.d.ts']],
    types: `import type { operations } from './schema';
type Body = operations['createContact']['requestBody']['content']['application/json'];
type Contact = operations['getContact']['responses'][200]['content']['application/json'];`,
    expected: { generatedErrors: [], create: refusesAll, tolerant: 'accepted' },
  },
  {
    name: '@hey-api/openapi-ts',
    version: versions.devDependencies['@hey-api/openapi-ts'],
    commands: [[devBin('openapi-ts'), '-f', 'OUT/openapi-ts.config.mjs']],
    files: {
      // Its own checks of the input: with 'strict' a problem in the document fails the generation.
      'openapi-ts.config.mjs': configFile('openapi-ts.config.mjs'),
    },
    types: `import type { createContact } from './sdk.gen';
import type { GetContactResponses } from './types.gen';
type Body = NonNullable<Parameters<typeof createContact>[0]>['body'];
type Contact = GetContactResponses[200];`,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    name: 'orval',
    version: versions.npm.orval.orval,
    modules: cached('orval'),
    commands: [[bin('orval', 'orval'), '--input', 'IN', '--output', 'OUT/api.ts', '--client', 'fetch']],
    types: `import type { createContact, Contact as Read } from './api';
type Body = Parameters<typeof createContact>[1];
type Contact = Read;`,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    name: 'Kubb (plugin-ts)',
    version: versions.npm.kubb['@kubb/cli'],
    modules: cached('kubb'),
    commands: [[bin('kubb', 'kubb'), 'generate', '--config', 'OUT/kubb.config.mjs']],
    files: {
      'kubb.config.mjs': configFile('kubb.config.mjs'),
    },
    types: `import type { CreateContactMutationRequest, GetContactQueryResponse } from './gen/types';
type Body = CreateContactMutationRequest;
type Contact = GetContactQueryResponse;`,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    name: 'swagger-typescript-api --enum-style=union',
    version: versions.npm['swagger-typescript-api']['swagger-typescript-api'],
    modules: cached('swagger-typescript-api'),
    commands: [swaggerTypescriptApi('--enum-style=union')],
    types: `import type { Api, Contact as Read } from './api';
type Body = Parameters<Api<unknown>['contacts']['createContact']>[1];
type Contact = Read;`,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    // Its default writes TS enums, which take no string literal: a body says `type: EmailType.Home`, not
    // 'home'. The probes read each enum type as the strings its members stand for, which is what a body
    // written with the members is checked against.
    name: 'swagger-typescript-api (default enums)',
    version: versions.npm['swagger-typescript-api']['swagger-typescript-api'],
    modules: cached('swagger-typescript-api'),
    commands: [swaggerTypescriptApi()],
    types: `import type { Api, Contact as Read } from './api';
type Members<T> = T extends string
  ? \`\${T}\`
  : T extends readonly (infer U)[]
    ? Members<U>[]
    : T extends object
      ? { [K in keyof T]: Members<T[K]> }
      : T;
type Body = Members<Parameters<Api<unknown>['contacts']['createContact']>[1]>;
type Contact = Members<Read>;`,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    name: 'typed-openapi',
    version: versions.npm['typed-openapi']['typed-openapi'],
    modules: cached('typed-openapi'),
    commands: [[bin('typed-openapi', 'typed-openapi'), 'IN', '--output', 'api.ts']],
    types: typedOpenapiTypes,
    // An allOf member without additionalProperties becomes `& Record<string, unknown>`: any extra field compiles.
    expected: { generatedErrors: [], create: openMembers, tolerant: 'accepted' },
  },
  {
    // The 3.0 document writes each closed branch as one object with additionalProperties: false, which
    // typed-openapi reads as a closed type: the misspelt field no longer compiles.
    name: 'typed-openapi (on the 3.0 document)',
    version: versions.npm['typed-openapi']['typed-openapi'],
    modules: cached('typed-openapi'),
    document: bundled30,
    commands: [[bin('typed-openapi', 'typed-openapi'), 'IN', '--output', 'api.ts']],
    types: typedOpenapiTypes,
    expected: { generatedErrors: [], create: noMinItems, tolerant: 'accepted' },
  },
  {
    name: 'typed-openapi --runtime zod',
    version: versions.npm['typed-openapi']['typed-openapi'],
    modules: cached('typed-openapi'),
    commands: [[bin('typed-openapi', 'typed-openapi'), 'IN', '--output', 'api.ts', '--runtime', 'zod']],
    ...typedOpenapiZod,
    // Such an allOf member also becomes z.record(z.unknown()), one argument where zod 4 wants two: a type error.
    expected: {
      generatedErrors: ['api.ts'],
      create: openMembers,
      tolerant: 'accepted',
      // Its zod has no .min(1) for minItems, and its objects are not .strict(): an unknown field is dropped, not refused.
      runtime: { imports: true, create: openMembers, tolerant: 'accepted' },
    },
  },
  {
    // Its zod is zod 3's (typebox-codegen writes it): with zod 3 and without its client part, which does
    // not compile on zod 3, the schemas compile and run.
    name: 'typed-openapi --runtime zod --schemas-only (zod 3)',
    version: versions.npm['typed-openapi-zod3']['typed-openapi'],
    modules: cached('typed-openapi-zod3'),
    commands: [
      [bin('typed-openapi-zod3', 'typed-openapi'), 'IN', '--output', 'api.ts', '--runtime', 'zod', '--schemas-only'],
    ],
    schemasOnly: true,
    ...typedOpenapiZod,
    expected: {
      generatedErrors: [],
      create: openMembers,
      tolerant: 'accepted',
      runtime: { imports: true, create: openMembers, tolerant: 'accepted' },
    },
  },
  {
    name: 'openapi-zod-client',
    version: versions.npm['openapi-zod-client']['openapi-zod-client'],
    modules: cached('openapi-zod-client'),
    commands: [[bin('openapi-zod-client', 'openapi-zod-client'), 'IN', '--output', 'OUT/api.ts']],
    types: `import type { z } from 'zod';
import type { schemas } from './api';
type Body = z.input<typeof schemas.CreateContactRequest>;
type Contact = z.input<typeof schemas.Contact>;`,
    zod: { module: 'api.ts', create: 'schemas.CreateContactRequest', contact: 'schemas.Contact' },
    // Its objects are .passthrough(), having no word for unevaluatedProperties: an unknown field is kept,
    // not refused. Its types, z.input of those schemas, also take an empty emails list (no tuple for minItems).
    expected: {
      generatedErrors: [],
      create: openMembers,
      tolerant: 'accepted',
      runtime: { imports: true, create: openObjects, tolerant: 'accepted' },
    },
  },
];

const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

/** Compiles the generated files and the probes in one strict program; diagnostics by file (relative to `out`). */
function compile(out: string, files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    // Kubb writes `./x.ts` imports; a consumer's bundler or tsc --noEmit accepts them with this.
    allowImportingTsExtensions: true,
    // The standard library's and the dependencies' .d.ts are skipped; every generated file is checked.
    skipLibCheck: true,
  });
  const byFile = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? relative(out, d.file.fileName) : '?';
    byFile.set(file, [
      ...(byFile.get(file) ?? []),
      `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    ]);
  }
  return byFile;
}

interface Outcome {
  generatedErrors: Record<string, string[]>;
  bodyIsNever: boolean;
  create: Record<string, Verdict>;
  tolerant: Verdict;
  runtime?: { imports: boolean; error?: string; create: Record<string, Verdict>; tolerant: Verdict };
}

/** `name version: …` in words: compile result, refused invalid bodies, tolerant reading, zod runtime. */
function summary(name: string, version: string, outcome: Partial<Outcome>): string {
  const invalid = Object.entries(createCases)
    .filter(([, [, valid]]) => !valid)
    .map(([rule]) => rule);
  const valid = Object.entries(createCases)
    .filter(([, [, ok]]) => ok)
    .map(([rule]) => rule);
  const words = (verdicts: Record<string, Verdict> | undefined) => {
    if (!verdicts) return 'not run';
    const refused = invalid.filter((rule) => verdicts[rule] === 'refused').length;
    const validOk = valid.every((rule) => verdicts[rule] === 'accepted');
    const let_through = invalid.filter((rule) => verdicts[rule] !== 'refused');
    return `${validOk ? 'valid bodies accepted' : 'VALID BODIES REFUSED'}, ${refused}/${invalid.length} invalid refused${let_through.length ? ` (lets through: ${let_through.join('; ')})` : ''}`;
  };
  const errors = Object.keys(outcome.generatedErrors ?? {});
  const parts = [
    errors.length ? `does NOT compile (${errors.join(', ')})` : 'compiles under strict',
    ...(outcome.bodyIsNever ? ['createContact body is `never`'] : []),
    `types: ${words(outcome.create)}`,
    `Contact type ${outcome.tolerant === 'accepted' ? 'tolerates' : 'REFUSES'} an unknown enum value`,
  ];
  if (outcome.runtime) {
    parts.push(
      outcome.runtime.imports
        ? `zod: ${words(outcome.runtime.create)}, ${outcome.runtime.tolerant === 'accepted' ? 'tolerates' : 'REFUSES'} an unknown enum value`
        : `zod: throws on import (${outcome.runtime.error})`,
    );
  }
  return `${name} ${version}: ${parts.join('; ')}`;
}

/** This generator's README rows, from its expected cells: the README table is what this test asserts. */
function readmeRows(generator: Generator): string[] {
  const { expected } = generator;
  const name = `${generator.name} ${generator.version}`;
  // A generator that refuses the valid examples too (TS enums take no string literal) says so: its "refused" cells prove nothing.
  const refusesValid = (Object.keys(createCases) as Rule[]).some(
    (rule) => createCases[rule][1] && expected.create[rule] === 'refused',
  );
  const compiles = expected.generatedErrors.length
    ? 'output does not compile'
    : refusesValid
      ? 'tsc, strict: the valid examples do not compile either'
      : 'tsc, strict';
  const rows = [
    readmeRow(
      name,
      compiles,
      expected.generatedErrors.length ? undefined : expected.create,
      expected.tolerant === 'accepted',
    ),
  ];
  if (expected.runtime) {
    rows.push(
      readmeRow(
        name,
        expected.runtime.imports ? 'zod, at run time' : 'zod: throws on import',
        expected.runtime.imports ? expected.runtime.create : undefined,
        expected.runtime.imports ? expected.runtime.tolerant === 'accepted' : undefined,
      ),
    );
  }
  return rows;
}

const workDirs: string[] = [];
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(generators)('$name $version', (generator) => {
  const out = mkdtempSync(join(tmpdir(), 'webex-org-contacts-ts-gen-'));
  workDirs.push(out);
  const outcome: Partial<Outcome> = {};
  let printed = '';

  beforeAll(async () => {
    if (generator.modules) symlinkSync(generator.modules(), join(out, 'node_modules'), 'dir');
    for (const [name, text] of Object.entries(generator.files ?? {})) writeFileSync(join(out, name), text);
    const input = generator.document ?? bundled;
    const env = { ...process.env, IN: input, OUT: out };
    for (const [command, ...args] of generator.commands) {
      const result = run(
        command!,
        args.map((a) => a.replace(/^IN$/, input).replace(/^OUT/, out)),
        { cwd: out, env, timeoutMs: 2 * MINUTE },
      );
      printed += result.stdout + result.stderr;
    }
    const generated = tsFiles(out);
    mkdirSync(join(out, 'probes'));
    const probe = (name: string, type: string, value: unknown) => {
      const file = join(out, `probes/${name.replace(/\W+/g, '-')}.ts`);
      writeFileSync(
        file,
        `${generator.types.replace(/'\.\//g, "'../")}\nexport const value: ${type} = ${JSON.stringify(value, null, 2)};\n`,
      );
      return file;
    };
    const probes = Object.entries(createCases).map(([rule, [body]]) => [rule, probe(rule, 'Body', body)] as const);
    const tolerantProbe = probe('tolerant', 'Contact', getExample);
    const neverProbe = probe('never', "[Body] extends [never] ? 'never' : 'a type'", 'a type');
    const diagnostics = compile(out, [...generated, ...probes.map(([, file]) => file), tolerantProbe, neverProbe]);
    const verdict = (file: string): Verdict => (diagnostics.has(relative(out, file)) ? 'refused' : 'accepted');
    outcome.generatedErrors = Object.fromEntries([...diagnostics].filter(([file]) => !file.startsWith('probes/')));
    outcome.create = Object.fromEntries(probes.map(([rule, file]) => [rule, verdict(file)]));
    outcome.tolerant = verdict(tolerantProbe);
    outcome.bodyIsNever = verdict(neverProbe) === 'refused';

    if (generator.zod) {
      const runtime: NonNullable<Outcome['runtime']> = { imports: false, create: {}, tolerant: 'refused' };
      outcome.runtime = runtime;
      const bundle = join(out, 'runtime.mjs');
      buildSync({
        entryPoints: [join(out, generator.zod.module)],
        outfile: bundle,
        bundle: true,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
      });
      try {
        const module = await import(pathToFileURL(bundle).href);
        const pick = (path: string) => path.split('.').reduce((at, key) => at?.[key], module);
        const [create, contact] = [pick(generator.zod.create), pick(generator.zod.contact)];
        runtime.imports = true;
        for (const [rule, [body]] of Object.entries(createCases))
          runtime.create[rule] = create.safeParse(body).success ? 'accepted' : 'refused';
        runtime.tolerant = contact.safeParse(getExample).success ? 'accepted' : 'refused';
      } catch (error) {
        runtime.error = String(error);
      }
    }
  }, 5 * MINUTE);

  afterAll(() => {
    // One line per generator in the test output: what CI logs show and the README table repeats.
    console.log(`[generators] ${summary(generator.name, generator.version, outcome)}`);
  });

  it('docs/generators.md shows what this test asserts', () => {
    for (const row of readmeRows(generator)) expect(readme).toContain(row);
  });

  it('generates without a warning about the document', () => {
    expect(printed).not.toMatch(/\bwarn(ing)?\b|⚠|❗|🚨|unsupported|deprecat/i);
  });

  const generatedText = () =>
    tsFiles(out)
      .filter((file) => !file.includes('/probes/'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
  if (generator.schemasOnly) {
    it('exports the schema of every request body of the document', () => {
      const text = generatedText();
      expect(requestSchemas.filter((name) => !text.includes(`export const ${name} =`))).toEqual([]);
    });
  } else {
    it('names every operation of the document', () => {
      const text = generatedText().toLowerCase();
      expect(operationIds.filter((id) => !text.includes(id.toLowerCase()))).toEqual([]);
    });
  }

  it(`generated code compiles under strict: ${generator.expected.generatedErrors.length ? `fails in ${generator.expected.generatedErrors.join(', ')}` : 'zero diagnostics'}`, () => {
    expect(Object.keys(outcome.generatedErrors!).sort(), JSON.stringify(outcome.generatedErrors, null, 1)).toEqual(
      generator.expected.generatedErrors,
    );
  });

  it('the createContact body type is not `never` (a body that can be sent)', () => {
    expect(outcome.bodyIsNever).toBe(false);
  });

  it.each(Object.keys(createCases) as Rule[])('Create body, %s: as expected', (rule) => {
    expect(outcome.create![rule]).toBe(generator.expected.create[rule]);
  });

  it(`${tolerant}: ${generator.expected.tolerant}`, () => {
    expect(outcome.tolerant).toBe(generator.expected.tolerant);
  });

  if (generator.expected.runtime) {
    const runtime = generator.expected.runtime;
    it(`zod output ${runtime.imports ? 'imports and runs' : 'throws on import'}`, () => {
      expect(outcome.runtime?.imports, outcome.runtime?.error).toBe(runtime.imports);
    });
    if (runtime.imports) {
      it.each(Object.keys(createCases) as Rule[])('zod at runtime, %s: as expected', (rule) => {
        expect(outcome.runtime!.create[rule]).toBe(runtime.create[rule]);
      });
      it(`zod at runtime, ${tolerant.replace('as the Contact type', 'parsed by the Contact schema')}: ${runtime.tolerant}`, () => {
        expect(outcome.runtime!.tolerant).toBe(runtime.tolerant);
      });
    }
  }
});
