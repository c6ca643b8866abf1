// `npm run docs` and the staleness check `npm start` relies on, in a temp folder (dist/docs is left alone).
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import document from '../../generated/openapi.json' with { type: 'json' };
import { buildDocs, docsAreStale } from '../../scripts/lib/docs-site.mjs';

const parent = mkdtempSync(join(tmpdir(), 'docs-build-'));
const outDir = join(parent, 'docs');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('buildDocs / docsAreStale', () => {
  it('calls missing docs stale, built docs fresh, and docs older than the document stale again', () => {
    expect(docsAreStale(outDir)).toBe(true);
    expect(buildDocs({ outDir })).toBe(outDir);
    expect(docsAreStale(outDir)).toBe(false);
    // As if the document had been regenerated after the build.
    const longAgo = new Date('2000-01-01T00:00:00Z');
    utimesSync(join(outDir, 'index.html'), longAgo, longAgo);
    expect(docsAreStale(outDir)).toBe(true);
  });

  it('writes the page, the renderer and both downloads, and leaves no staging folder', () => {
    buildDocs({ outDir });
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'openapi.json', 'openapi.yaml', 'redoc.standalone.js']);
    expect(readdirSync(parent)).toEqual(['docs']);
    expect(JSON.parse(readFileSync(join(outDir, 'openapi.json'), 'utf8'))).toEqual(document);
  });

  it('writes a page that loads nothing from another host', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // Anything the browser fetches by itself: script/img/iframe src, link href, CSS url() and @import.
    const loads = [
      ...html.matchAll(
        /<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)|url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/gi,
      ),
    ]
      .map((match) => match[1] ?? match[2] ?? match[3]!)
      .filter((url) => /^(https?:)?\/\//i.test(url));
    expect(loads).toEqual([]);
    expect(html.includes('<script src="redoc.standalone.js"></script>'), 'loads the renderer from beside it').toBe(
      true,
    );
    // The browser enforces it too: a policy that allows nothing but the page's own origin.
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'");
    expect(policy).toMatch(/^default-src 'none';/);
    expect(policy).not.toMatch(/https?:|\*/);
  });
});
