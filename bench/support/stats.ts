/** Summaries of repeated measurements: the machines are noisy, so medians with their spread. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** `1234 (1200–1300)`, rounded to `digits` decimals. */
export function formatSpread({ median, min, max }: Spread, digits = 0): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(median)} (${f(min)}–${f(max)})`;
}

export const ratio = (value: number, baseline: number) => Number((value / baseline).toFixed(3));
