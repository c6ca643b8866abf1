// generated/ is derived from openapi/ and committed. Regenerate into a temp dir: any difference means
// someone changed the document without running `npm run generate`, or edited generated/ by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'webex-org-contacts-generate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generated/', () => {
  execFileSync(process.execPath, [join(root, 'scripts', 'generate.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  const files = readdirSync(out).sort();

  it('holds exactly what the generator writes', () => {
    expect(files).toEqual(['openapi-3.0.json', 'openapi.d.json.ts', 'openapi.json', 'openapi.yaml', 'schema.d.ts']);
    expect(readdirSync(join(root, 'generated')).sort()).toEqual(files);
  });

  it.each(files)('%s is current with openapi/ (run `npm run generate`)', (file) => {
    expect(readFileSync(join(root, 'generated', file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'));
  });
});
