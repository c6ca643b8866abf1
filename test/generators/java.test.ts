// Java: openapi-generator's `java` client, library `native` (java.net.http, Jackson), generated from
// generated/openapi.json, compiled by Maven with the machine's JDK and run against the Prism mock
// (test/generators/java/Main.java; what it must print: scenario.ts).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bundled, describeWith, mvn, openapiGeneratorJar, run, toolchain, versions } from './cache.js';
import type { Rule, Verdict } from './create-cases.js';
import { readmeRow } from './create-cases.js';
import { readmeContains, ruleTests, runAgainstMock, scenarioTests } from './scenario.js';

const MINUTE = 60_000;

/**
 * What the generated Create type does with each Create case read into it (Jackson, the generated
 * deserializer): its enums refuse unknown values, and that is all it checks.
 */
export const createRules: Record<Rule, Verdict> = {
  'CH example': 'accepted',
  'Webex4Broadworks example': 'accepted',
  'CH without a contact method': 'accepted',
  'CH with an empty emails list': 'accepted',
  'Webex4Broadworks without displayName': 'accepted',
  'an email type outside the enum': 'refused',
  'a misspelt field (displayNmae)': 'accepted',
  'an unknown source (LDAP)': 'refused',
};
const java = toolchain('java', ['-version'], /version "(\d+(?:\.\d+)*)/, '17');
const maven = toolchain('mvn', ['-v'], /Apache Maven (\d+\.\d+(?:\.\d+)?)/, '3.6');
const version = versions.maven['org.openapitools:openapi-generator-cli'];

/** What openapi-generator warns about on our document, every line asserted: none is a document fault it refuses. */
export const expectedWarnings = [
  // It says so of every 3.1 document.
  /OpenAPI 3\.1 support is still in beta/,
  // Request examples are not copied into the Java docs.
  /Ignoring complex example on request body/,
  // Said once as it starts naming the inline schemas (the tolerant readers' anyOfs); nothing is refused.
  /ModelUtils - Failed to get the schema name: null/,
];

describeWith(`Java ${java.version ?? ''}: openapi-generator ${version} (java, library native)`, [java, maven], () => {
  const work = mkdtempSync(join(tmpdir(), 'webex-org-contacts-java-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const out = join(work, 'client');
  const skipped = [
    '-Dmaven.test.skip=true',
    '-Dmaven.javadoc.skip=true',
    '-Dspotless.skip=true',
    '-Dmaven.source.skip=true',
    '-Dgpg.skip=true',
  ];
  let lines: string[] = [];

  it(
    'generates the client from generated/openapi.json, warning only of what it says of any document',
    () => {
      const { stdout, stderr } = run(
        'java',
        [
          '-jar',
          openapiGeneratorJar(),
          'generate',
          '-g',
          'java',
          '--library',
          'native',
          '-i',
          bundled,
          '-o',
          out,
          '--api-package',
          'webex.contacts.api',
          '--model-package',
          'webex.contacts.model',
          '--invoker-package',
          'webex.contacts',
          '--group-id',
          'webex',
          '--artifact-id',
          'contacts-client',
          '--additional-properties=hideGenerationTimestamp=true,openApiNullable=false,useJakartaEe=true',
        ],
        { timeoutMs: 3 * MINUTE },
      );
      const warnings = `${stdout}\n${stderr}`.split('\n').filter((line) => /\bWARN\b/.test(line));
      expect(warnings.filter((line) => !expectedWarnings.some((known) => known.test(line)))).toEqual([]);
      // And each one still happens: a warning the document no longer causes leaves the list.
      expect(expectedWarnings.filter((known) => !warnings.some((line) => known.test(line)))).toEqual([]);
    },
    10 * MINUTE,
  );

  it(
    'compiles it with a program that uses it',
    () => {
      mkdirSync(join(out, 'src/main/java/webex'), { recursive: true });
      copyFileSync(new URL('./java/Main.java', import.meta.url), join(out, 'src/main/java/webex/Main.java'));
      mvn([...skipped, 'compile', 'dependency:build-classpath', '-Dmdep.outputFile=classpath.txt'], {
        cwd: out,
        timeoutMs: 10 * MINUTE,
      });
    },
    11 * MINUTE,
  );

  it(
    'runs against the Prism mock to the end',
    async () => {
      const classpath = `${join(out, 'target', 'classes')}:${readFileSync(join(out, 'classpath.txt'), 'utf8').trim()}`;
      lines = await runAgainstMock('java', 'java', ['-cp', classpath, 'webex.Main'], { cwd: out });
      expect(lines.length).toBeGreaterThan(0);
    },
    3 * MINUTE,
  );

  scenarioTests(() => lines, `openapi-generator ${version} (Java, native)`);
  ruleTests(() => lines, createRules);
  readmeContains(
    readmeRow(
      `openapi-generator ${version} (Java, native)`,
      'reading a body into the type (Jackson)',
      createRules,
      true,
    ),
  );
});
