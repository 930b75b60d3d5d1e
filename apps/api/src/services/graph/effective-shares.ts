/**
 * Effective ownership: the share of a company a party holds through every chain of holdings —
 * the product of the shares along each chain, summed over chains. Chains are simple (no company
 * twice), so circular holdings are cut where they close and reported as cycles instead of being
 * counted again and again. Pure: it works on the holdings already fetched.
 */

/** One holding: `owner` holds `share` (0–1) of `owned`. */
export interface Holding {
  key: string;
  owner: string;
  owned: string;
  share: number;
}

/** What one party holds of the subject. */
export interface EffectiveShare {
  id: string;
  effectiveShare: number;
  /** Share held directly, when the party holds the subject itself. */
  directShare: number | null;
  /** True when nobody (visible) holds this party in turn: the top of its chains. */
  ultimate: boolean;
  /** Longest chain from this party down to the subject, in links. */
  maxDepth: number;
  /** The chains, largest first: ids from the party down to the subject, and their product. */
  chains: { nodeIds: string[]; share: number }[];
}

export interface EffectiveShares {
  owners: EffectiveShare[];
  /** Circular holdings met on the way up, each as ids in holding order. */
  cycles: string[][];
  /** True when the chain enumeration stopped at its cap. */
  truncated: boolean;
}

/** Effective shares in `subject` of every party above it, through chains of at most `maxDepth` links. */
export function effectiveShares(
  subject: string,
  holdings: readonly Holding[],
  maxDepth = 10,
  maxChains = 20_000,
): EffectiveShares {
  const ownersOf = new Map<string, Holding[]>();
  for (const h of holdings) ownersOf.set(h.owned, [...(ownersOf.get(h.owned) ?? []), h]);
  const result = new Map<string, EffectiveShare>();
  const cycles = new Map<string, string[]>();
  let chains = 0;
  let truncated = false;

  const walk = (node: string, path: string[], product: number) => {
    for (const h of ownersOf.get(node) ?? []) {
      if (path.includes(h.owner)) {
        const loop = path.slice(path.indexOf(h.owner));
        const start = loop.indexOf([...loop].sort()[0]!);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(canonical.join('>'), canonical);
        continue;
      }
      if (chains >= maxChains) {
        truncated = true;
        return;
      }
      chains++;
      const share = product * h.share;
      const chain = [h.owner, ...[...path].reverse()];
      const entry = result.get(h.owner) ?? {
        id: h.owner,
        effectiveShare: 0,
        directShare: null,
        ultimate: !ownersOf.has(h.owner),
        maxDepth: 0,
        chains: [],
      };
      entry.effectiveShare += share;
      entry.maxDepth = Math.max(entry.maxDepth, chain.length - 1);
      entry.chains.push({ nodeIds: chain, share });
      if (node === subject) entry.directShare = (entry.directShare ?? 0) + h.share;
      result.set(h.owner, entry);
      if (path.length < maxDepth) walk(h.owner, [...path, h.owner], share);
    }
  };
  walk(subject, [subject], 1);

  const owners = [...result.values()]
    .map((o) => ({
      ...o,
      effectiveShare: Math.round(o.effectiveShare * 1e9) / 1e9,
      chains: o.chains.sort((a, b) => b.share - a.share),
    }))
    .sort((a, b) => b.effectiveShare - a.effectiveShare || a.id.localeCompare(b.id));
  return { owners, cycles: [...cycles.values()], truncated };
}
