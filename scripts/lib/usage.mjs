// Mistakes in how a script was called: the error type, its exit code, and the strict reading of
// command-line options. Has no imports from the project, so `npm run generate` can use it even when
// generated/ is broken.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The exit code of a script called wrongly (a bad argument, a bad or busy port): the shell's convention. */
export const USAGE_EXIT_CODE = 2;

/** A mistake in how a script was called: its message is all the user needs, no stack. */
export class UsageError extends Error {
  /** @override */
  name = 'UsageError';
}

/**
 * The `--out DIR` option of `process.argv`, resolved, or undefined without it. Anything else (an unknown
 * option, a stray argument, `--out` without a folder) is one line on stderr with `usage`, and exit code 2.
 * @param {string} usage
 */
export function outOption(usage, args = process.argv.slice(2)) {
  try {
    const { out } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true }).values;
    if (out === '') throw new UsageError("Option '--out <value>' needs a folder");
    return out === undefined ? undefined : resolve(out);
  } catch (error) {
    // parseArgs throws a TypeError (ERR_PARSE_ARGS_*); the rest is our UsageError.
    console.error(`${/** @type {Error} */ (error).message} (${usage})`);
    process.exit(USAGE_EXIT_CODE);
  }
}
