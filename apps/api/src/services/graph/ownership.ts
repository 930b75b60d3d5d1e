/**
 * `ownership`: the ultimate beneficial owners of a company with their effective shares, found by
 * walking OWNS links upward (up to 10 levels) and multiplying shares along each chain. Natural
 * persons at or above the threshold are the beneficial owners; chains that end in a company no
 * one (visibly) holds are shown as such, and circular holdings are reported.
 */
import { badInput } from '../../errors';
import { checkId, checkNumber } from './check-arguments';
import { effectiveShares, type EffectiveShare } from './effective-shares';
import { requireNodes } from './fetch-nodes';
import { GraphBuilder } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { GraphNode, SerializedGraph } from './graph-shape';
import { neighbourLinks } from './neighbour-links';
import { describeSources } from './sources';
import { checkWindow } from './time-window';

export interface OwnershipArgs {
  id: string;
  /** Share from which a natural person is a beneficial owner (default 0.25). */
  threshold?: number | null;
  /** Only holdings valid on this date (since ≤ date ≤ until); all when absent. */
  asOf?: string | null;
}

export interface Owner extends EffectiveShare {
  node: GraphNode;
  naturalPerson: boolean;
  beneficialOwner: boolean;
}

export interface OwnershipResult {
  subject: GraphNode;
  owners: Owner[];
  cycles: string[][];
  threshold: number;
  truncated: boolean;
  graph: SerializedGraph;
}

const MAX_LEVELS = 10;
const MAX_LINKS = 5000;

/** The owners of company `id`, direct and ultimate, with effective shares. */
export async function ownership(g: GraphContext, args: OwnershipArgs): Promise<OwnershipResult> {
  const id = checkId(args.id, 'id');
  const threshold = checkNumber(args.threshold, 'threshold', 0, 1, 0.25)!;
  const asOf = args.asOf ? checkWindow(args.asOf, null, ['asOf', 'asOf']).fromMs : null;
  const asOfDay = asOf === null ? null : new Date(asOf).toISOString().slice(0, 10);
  const [subject] = await requireNodes(g, [id]);
  if (!subject!.labels.includes('Company'))
    throw badInput('id: ownership is traced for companies.', { argument: 'id' });

  const builder = new GraphBuilder();
  const subjectNode = builder.addNode(subject!);
  const holdings = [];
  const seen = new Set([id]);
  let frontier = [id];
  let truncated = false;
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const found = await neighbourLinks(g, frontier, ['OWNS'], 'IN', MAX_LINKS);
    truncated ||= found.truncated;
    const next: string[] = [];
    for (const { link, node } of found.links) {
      const { since, until, share } = link.properties;
      if (
        asOfDay &&
        ((typeof since === 'string' && since > asOfDay) || (typeof until === 'string' && until < asOfDay))
      )
        continue;
      builder.addNode(node);
      const key = builder.addLink(link)!;
      holdings.push({ key, owner: link.from, owned: link.to, share: typeof share === 'number' ? share : 0 });
      if (!seen.has(node.id)) {
        seen.add(node.id);
        next.push(node.id);
      }
    }
    frontier = next;
  }

  const shares = effectiveShares(id, holdings, MAX_LEVELS);
  await describeSources(g, builder);
  const owners: Owner[] = shares.owners.map((o) => {
    const node = builder.node(o.id)!;
    const naturalPerson = node.attributes.types.includes('Person');
    return { ...o, node, naturalPerson, beneficialOwner: naturalPerson && o.effectiveShare >= threshold };
  });
  truncated ||= shares.truncated;
  return {
    subject: subjectNode,
    owners,
    cycles: shares.cycles,
    threshold,
    truncated,
    graph: builder.build('ownership', truncated),
  };
}
