/** Figures the benchmark derives from repeated runs. */

/** The median (the upper of the two middle values for an even count, as the bench has always used). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** P(X ≤ k) for X ~ Binomial(n, ½). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n; // P(X = 0)
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum;
}

/**
 * A distribution-free confidence interval of the median of `values` (at least `confidence`): the
 * values of ranks k and n+1−k once sorted, with the largest k for which each end misses the
 * median with probability at most (1 − confidence)/2. Assumes the values are independent draws,
 * which the ratios of back-to-back runs are closer to than runs compared across minutes of a
 * drifting host. Undefined when there are too few values (below 6 at 95%).
 */
export function medianInterval(values: readonly number[], confidence = 0.95): readonly [number, number] | undefined {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  // Rank k is a lower bound that fails when fewer than k values lie below the median: P(X ≤ k−1).
  let k = 0;
  while (k + 1 <= n - k && binomialHalfCdf(n, k) <= tail) k++;
  if (k === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[k - 1], sorted[n - k]];
}
