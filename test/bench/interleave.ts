// Interleaved rounds: each round times one batch of every variant, in a fresh random order, so a burst of
// machine noise (GC, another process, CPU frequency) lands on all variants alike, and no variant always
// follows the same one (and inherits its garbage). The order is seeded: two runs shuffle alike.
// tinybench (vitest bench) times each variant to the end before starting the next, which is why the
// benchmarks run as a plain Node program (scripts/bench.mjs) on this harness instead.

export interface Variant {
  name: string;
  /** One request, resolving when its body has been read. */
  run: () => Promise<unknown>;
}

export interface Measure {
  /** Timed rounds. */
  rounds: number;
  /** Requests per variant per round: one sample is their mean. */
  batch: number;
  /** Requests kept in flight at once (1: one after another). */
  inFlight: number;
  /** Untimed rounds first, so every variant is compiled and connected before the clock runs. */
  warmupRounds: number;
  /** Milliseconds of each batch to leave out of its sample (a retry's wait), read before and after. */
  excluded?: () => number;
}

async function batch(run: () => Promise<unknown>, count: number, inFlight: number): Promise<void> {
  if (inFlight === 1) {
    for (let i = 0; i < count; i++) await run();
    return;
  }
  let left = count;
  const worker = async () => {
    while (left-- > 0) await run();
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
}

/** Samples of µs per request, by variant name. */
export async function interleave(variants: Variant[], measure: Measure): Promise<Map<string, number[]>> {
  const samples = new Map(variants.map((v) => [v.name, [] as number[]]));
  const random = seededRandom(variants.length);
  for (let round = -measure.warmupRounds; round < measure.rounds; round++) {
    for (const variant of shuffled(variants, random)) {
      const excludedBefore = measure.excluded?.() ?? 0;
      const t0 = performance.now();
      await batch(variant.run, measure.batch, measure.inFlight);
      const elapsed = performance.now() - t0 - ((measure.excluded?.() ?? 0) - excludedBefore);
      if (round >= 0) samples.get(variant.name)!.push((elapsed * 1000) / measure.batch);
    }
  }
  return samples;
}

/**
 * The median over rounds of `name`'s sample (times `factor`) divided by `base`'s sample of the same round:
 * a paired ratio, so a slow stretch of the machine, which hits both within a round, cancels out of it.
 */
export function pairedRatio(samples: Map<string, number[]>, name: string, base: string, factor = 1): number {
  const ours = samples.get(name)!;
  const theirs = samples.get(base)!;
  return median(ours.map((value, round) => (value * factor) / theirs[round]!));
}

/** mulberry32: a small PRNG, so the order is random but the same from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A Markdown table: the header row, a rule, then the rows, each column padded to its widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
