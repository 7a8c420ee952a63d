/**
 * How a measure grows with N, from its values at a few sizes: the exponent k of a power law
 * t ∝ N^k (least squares on log–log, exact for two sizes) and, between each pair of neighbouring
 * sizes, the factor per doubling of N (2^k over that span). Linear work shows k ≈ 1 and ×2.0 per
 * doubling; fixed costs pull k below 1 at small sizes.
 */
export interface Growth {
  exponent: number;
  /** Factor per doubling between neighbouring sizes, in size order. */
  perDoubling: number[];
}

export function growth(points: ReadonlyArray<{ n: number; value: number }>): Growth | undefined {
  const usable = points.filter((p) => p.n > 0 && p.value > 0).sort((a, b) => a.n - b.n);
  if (usable.length < 2) return undefined;
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.value));
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  const exponent =
    xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) /
    xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const perDoubling = usable.slice(1).map((p, i) => {
    const before = usable[i]!;
    const k = Math.log(p.value / before.value) / Math.log(p.n / before.n);
    return 2 ** k;
  });
  return { exponent, perDoubling };
}

/** "N^1.04 (×2.05, ×2.07 per doubling)". */
export function describeGrowth(g: Growth | undefined): string {
  if (!g) return '—';
  return `N^${g.exponent.toFixed(2)} (${g.perDoubling.map((f) => `×${f.toFixed(2)}`).join(', ')} per doubling)`;
}
