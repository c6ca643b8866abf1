// Python: the openapi-python-client package and datamodel-code-generator's pydantic v2 models, generated
// from generated/openapi.json into a venv of pinned generators, and run against the Prism mock
// (test/generators/python/*.py; what they must print: scenario.ts). The pydantic models also hold each
// Create case before sending: a rule they cannot check is a cell of `pydanticRules`, asserted.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled, describeWith, pythonTools, run, toolchain, versions } from './cache.js';
import type { Rule, Verdict } from './create-cases.js';
import { readmeRow } from './create-cases.js';
import { readmeContains, ruleTests, runAgainstMock, scenarioTests } from './scenario.js';

const MINUTE = 60_000;
const python = toolchain('python3', ['--version'], /Python (\d+\.\d+(?:\.\d+)?)/, '3.10');

/** What the pydantic models do with each Create case, checked before anything is sent. */
export const pydanticRules: Record<Rule, Verdict> = {
  'CH example': 'accepted',
  'Webex4Broadworks example': 'accepted',
  'CH without a contact method': 'refused',
  'CH with an empty emails list': 'refused',
  'Webex4Broadworks without displayName': 'refused',
  'an email type outside the enum': 'refused',
  'a misspelt field (displayNmae)': 'refused',
  'an unknown source (LDAP)': 'refused',
};

describeWith(`Python ${python.version ?? ''}`, [python], () => {
  const work = mkdtempSync(join(tmpdir(), 'webex-org-contacts-python-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let bin = '';
  beforeAll(() => {
    bin = pythonTools();
    for (const file of ['client_run.py', 'models_run.py'])
      copyFileSync(new URL(`./python/${file}`, import.meta.url), join(work, file));
    // No post hooks: they would run ruff, which the venv does not hold.
    writeFileSync(join(work, 'openapi-python-client.yaml'), 'post_hooks: []\n');
  }, 12 * MINUTE);

  describe(`openapi-python-client ${versions.python['openapi-python-client']}`, () => {
    let lines: string[] = [];
    it(
      'generates the package without a warning',
      () => {
        const { stdout, stderr } = run(
          join(bin, 'openapi-python-client'),
          [
            'generate',
            '--path',
            bundled,
            '--output-path',
            'webex_contacts',
            '--meta',
            'none',
            '--config',
            'openapi-python-client.yaml',
          ],
          { cwd: work, timeoutMs: 2 * MINUTE },
        );
        expect(`${stdout}\n${stderr}`).not.toMatch(/warning|unable to|cannot/i);
      },
      2 * MINUTE,
    );

    it(
      'runs against the Prism mock to the end',
      async () => {
        lines = await runAgainstMock('python', join(bin, 'python'), ['client_run.py'], { cwd: work });
        expect(lines.length).toBeGreaterThan(0);
      },
      3 * MINUTE,
    );

    scenarioTests(() => lines, `openapi-python-client ${versions.python['openapi-python-client']} (Python)`);
    // Its models are attrs classes: built by hand, they check nothing before sending.
    readmeContains(
      readmeRow(
        `openapi-python-client ${versions.python['openapi-python-client']} (Python)`,
        'none: models are built by hand',
        undefined,
        true,
      ),
    );
  });

  describe(`datamodel-code-generator ${versions.python['datamodel-code-generator']} (pydantic v2 models)`, () => {
    let lines: string[] = [];
    it(
      'generates the models',
      () => {
        run(
          join(bin, 'datamodel-codegen'),
          [
            '--input',
            bundled,
            '--input-file-type',
            'openapi',
            '--output',
            'models.py',
            '--output-model-type',
            'pydantic_v2.BaseModel',
            '--target-python-version',
            '3.10',
          ],
          { cwd: work, timeoutMs: 2 * MINUTE },
        );
      },
      2 * MINUTE,
    );

    it(
      'runs against the Prism mock to the end',
      async () => {
        lines = await runAgainstMock('pydantic', join(bin, 'python'), ['models_run.py'], { cwd: work });
        expect(lines.length).toBeGreaterThan(0);
      },
      3 * MINUTE,
    );

    scenarioTests(
      () => lines,
      `datamodel-code-generator ${versions.python['datamodel-code-generator']} (Python, pydantic v2)`,
    );

    ruleTests(() => lines, pydanticRules);
    readmeContains(
      readmeRow(
        `datamodel-code-generator ${versions.python['datamodel-code-generator']} (Python, pydantic v2)`,
        'pydantic, validating a body',
        pydanticRules,
        true,
      ),
    );
  });
});
