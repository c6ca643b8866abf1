// Generators other teams use, fetched once into a cache and reused: versions.json pins each one, every
// download and build runs with a bounded timeout, and a toolchain that is missing skips its language
// locally (the title says why) but fails under CI=true.
import { execFile, type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import versions from './versions.json' with { type: 'json' };

export { versions };
export const root = fileURLToPath(new URL('../..', import.meta.url));
// GENERATORS_DOCUMENT: try a changed document (e.g. a fix for a generator) without regenerating generated/.
export const bundled = process.env.GENERATORS_DOCUMENT || join(root, 'generated', 'openapi.json');
export const bundled30 = join(root, 'generated', 'openapi-3.0.json');
export const cacheRoot = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'webex-org-contacts',
  'generators',
);
export const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const MINUTE = 60_000;

export interface RunOptions extends Pick<SpawnSyncOptions, 'cwd' | 'env' | 'input'> {
  timeoutMs?: number;
}

/** Runs `command` to completion (bounded by `timeoutMs`), returning its output; throws with the command and the tail of its output otherwise. */
export function run(
  command: string,
  args: string[],
  { timeoutMs = 5 * MINUTE, ...options }: RunOptions = {},
): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    ...options,
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  if (result.error || result.status !== 0) {
    const why = result.error ? String(result.error.message) : `exit ${result.status ?? result.signal}`;
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(
      `${command} ${args.join(' ')} failed (${why}${result.signal === 'SIGKILL' ? `, killed after ${timeoutMs} ms` : ''}):\n${tail}`,
    );
  }
  return { stdout, stderr };
}

/**
 * `run` without blocking this process: needed while a server this process reads from (Prism, whose log
 * it pipes) must keep answering. Resolves with the output; rejects with the command and its output's tail.
 */
export function runAsync(
  command: string,
  args: string[],
  { timeoutMs = 5 * MINUTE, cwd, env }: Omit<RunOptions, 'input'> = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-60).join('\n');
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${error.killed ? `killed after ${timeoutMs} ms` : `exit ${error.code}`}):\n${tail}`,
          ),
        );
      },
    );
  });
}

/**
 * The cache folder `<name>@<version>`, filled by `install(dir)` the first time (or when `spec` changed).
 * A `.complete` file holding the spec marks a finished install, so an interrupted one is redone.
 */
export function cached(name: string, version: string, spec: unknown, install: (dir: string) => void): string {
  const dir = join(cacheRoot, `${name.replace(/\//g, '+')}@${version}`);
  const marker = join(dir, '.complete');
  const wanted = JSON.stringify(spec);
  const ready = () => existsSync(marker) && readFileSync(marker, 'utf8') === wanted;
  if (ready()) return dir;
  // One installer at a time (another test run may be filling the same cache): the lock is a folder,
  // whose creation is atomic; a lock older than the longest install is left over from a killed run.
  const lock = `${dir}.lock`;
  mkdirSync(cacheRoot, { recursive: true });
  const deadline = Date.now() + 20 * MINUTE;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 20 * MINUTE) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} is held by another run for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
    }
  }
  try {
    if (ready()) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    install(dir);
    writeFileSync(marker, wanted);
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * An npm generator (the packages of `versions.npm[key]`) installed into its own cache folder, its
 * dependencies as the registry stood at `versions.npmBefore`; returns its node_modules.
 */
export function npmTool(key: keyof typeof versions.npm): string {
  const packages: Record<string, string> = versions.npm[key];
  const [first] = Object.values(packages);
  const dir = cached(key, first!, { ...packages, before: versions.npmBefore }, (into) => {
    writeFileSync(
      join(into, 'package.json'),
      JSON.stringify({ name: `cache-${key.replace(/\W/g, '-')}`, private: true }),
    );
    const specs = Object.entries(packages).map(([name, version]) => `${name}@${version}`);
    const flags = ['--no-audit', '--no-fund', '--save-exact', '--loglevel=error', `--before=${versions.npmBefore}`];
    run('npm', ['install', '--prefix', into, ...flags, ...specs], {
      cwd: into,
      timeoutMs: 10 * MINUTE,
    });
  });
  return join(dir, 'node_modules');
}

export interface Toolchain {
  ok: boolean;
  /** Why it cannot be used, when it cannot. */
  reason?: string;
  version?: string;
}

/** Whether `command` runs and reports a version matching `pattern` that is at least `minimum` (dotted numbers). */
export function toolchain(command: string, args: string[], pattern: RegExp, minimum: string): Toolchain {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: MINUTE });
  if (result.error || result.status !== 0)
    return {
      ok: false,
      reason: `\`${command} ${args.join(' ')}\` does not run (${result.error?.message ?? `exit ${result.status}`})`,
    };
  const version = pattern.exec(`${result.stdout}\n${result.stderr}`)?.[1];
  if (!version) return { ok: false, reason: `\`${command} ${args.join(' ')}\` printed no version` };
  const [have, need] = [version, minimum].map((v) => v.split('.').map(Number));
  for (let i = 0; i < need!.length; i++) {
    const diff = (have![i] ?? 0) - need![i]!;
    if (diff > 0) break;
    if (diff < 0) return { ok: false, reason: `${command} ${version} is older than the ${minimum} needed`, version };
  }
  return { ok: true, version };
}

/** The first toolchain of `needs` that cannot be used, if any. */
export function missing(needs: Toolchain[]): Toolchain | undefined {
  return needs.find((need) => !need.ok);
}

/**
 * `describe(title, body)` when every toolchain of `needs` is usable. Otherwise: locally a skipped
 * describe whose title names the reason; under CI=true one failing test naming it.
 */
export function describeWith(title: string, needs: Toolchain[], body: () => void): void {
  const absent = missing(needs);
  if (!absent) describe(title, body);
  else if (inCi)
    describe(title, () =>
      it('has its toolchain (CI=true: a missing one is a failure)', () => {
        throw new Error(absent.reason);
      }),
    );
  else describe.skip(`${title} (skipped: ${absent.reason})`, body);
}

const pythonConstraints = fileURLToPath(new URL('./python/constraints.txt', import.meta.url));

/**
 * A Python venv holding the generators of `versions.python`, their dependencies held to
 * python/constraints.txt; returns its bin/ folder.
 */
export function pythonTools(): string {
  const spec = { ...versions.python, constraints: readFileSync(pythonConstraints, 'utf8') };
  const dir = cached('openapi-python-client', versions.python['openapi-python-client'], spec, (into) => {
    run('python3', ['-m', 'venv', into], { timeoutMs: 2 * MINUTE });
    const specs = Object.entries(versions.python).map(([name, version]) => `${name}==${version}`);
    const pip = join(into, 'bin', 'pip');
    run(pip, ['install', '--quiet', '--disable-pip-version-check', '-c', pythonConstraints, ...specs], {
      timeoutMs: 10 * MINUTE,
    });
  });
  return join(dir, 'bin');
}

/** Go's module and build caches inside ours, so a second run downloads and compiles nothing again. */
export const goEnv = {
  ...process.env,
  GOMODCACHE: join(cacheRoot, 'go-mod'),
  GOCACHE: join(cacheRoot, 'go-build'),
  GOFLAGS: '-modcacherw',
  // .ci/run sets GOTOOLCHAIN where the machine's Go is too old; otherwise the Go on PATH, never a download.
  GOTOOLCHAIN: process.env.GOTOOLCHAIN || 'local',
};

/** The oapi-codegen binary at its pinned version. */
export function oapiCodegen(): string {
  const module = 'github.com/oapi-codegen/oapi-codegen/v2';
  const version = versions.go[module];
  const dir = cached('oapi-codegen', version, version, (into) => {
    run('go', ['install', `${module}/cmd/oapi-codegen@${version}`], {
      env: { ...goEnv, GOBIN: into },
      timeoutMs: 10 * MINUTE,
    });
  });
  return join(dir, 'oapi-codegen');
}

/** Maven's local repository inside our cache (the generated Java client's dependencies land there too). */
export const mavenRepo = join(cacheRoot, 'm2');
export const mvn = (args: string[], options: RunOptions = {}) =>
  run('mvn', ['-B', '-q', '--no-transfer-progress', `-Dmaven.repo.local=${mavenRepo}`, ...args], {
    timeoutMs: 10 * MINUTE,
    ...options,
  });

/** openapi-generator's CLI jar at its pinned version. */
export function openapiGeneratorJar(): string {
  const artifact = 'org.openapitools:openapi-generator-cli';
  const version = versions.maven[artifact];
  const dir = cached('openapi-generator-cli', version, version, (into) => {
    mvn(
      [
        'dependency:copy',
        `-Dartifact=${artifact}:${version}:jar`,
        `-DoutputDirectory=${into}`,
        '-Dmdep.stripVersion=true',
      ],
      { cwd: into },
    );
  });
  return join(dir, 'openapi-generator-cli.jar');
}
