/**
 * `metalTrail`: follows metal from a mine, a seizure, a sample or a shipment — the licences and
 * officials behind the mine, the shipments declaring it as origin, their exporters, route,
 * consignees and refiners, the seizures and the lab samples — with the fine kg at each step.
 */
import { badInput } from '../../errors';
import { checkId } from './check-arguments';
import { requireNodes } from './fetch-nodes';
import { GraphBuilder, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { SerializedGraph } from './graph-shape';
import { summariseMetal, type MetalShipment, type MetalStep } from './metal-trail-summary';
import { neighbourLinks, type NeighbourLink } from './neighbour-links';
import { describeSources } from './sources';

export interface MetalTrailArgs {
  from: string;
}

export interface MetalTrailResult {
  startId: string;
  startType: string;
  /** Fine kg of all the trail's shipments (the start mine's share, when starting from a mine). */
  totalFineKg: number;
  shipments: MetalShipment[];
  steps: MetalStep[];
  truncated: boolean;
  graph: SerializedGraph;
}

const STARTS = ['Mine', 'Seizure', 'Sample', 'Shipment'];
/** Most shipments followed from one start. */
const MAX_SHIPMENTS = 500;
const SHIPMENT_LINKS = [
  'EXPORTED',
  'CONSIGNED_TO',
  'FROM_COUNTRY',
  'VIA',
  'TO_COUNTRY',
  'RECEIVED_BY',
  'SEIZED',
  'CARRIED_BY',
  'DECLARED_ORIGIN',
  'TAKEN_FROM',
];
const MINE_LINKS = ['COVERS', 'OPERATES', 'LOCATED_IN', 'INSIDE', 'SOLD_TO'];
const LICENCE_LINKS = ['HOLDS_LICENCE', 'APPROVED_BY'];

function typeOf(node: NodeRow): string | undefined {
  return STARTS.find((t) => node.labels.includes(t));
}

/** Follows the metal from `from`. */
export async function metalTrail(g: GraphContext, args: MetalTrailArgs): Promise<MetalTrailResult> {
  const from = checkId(args.from, 'from');
  const [start] = await requireNodes(g, [from]);
  const startType = typeOf(start!);
  if (!startType)
    throw badInput('from: a metal trail starts from a mine, a seizure, a sample or a shipment.', {
      argument: 'from',
    });

  const builder = new GraphBuilder();
  builder.addNode(start!);
  const all = new Map<string, NeighbourLink>();
  let truncated = false;
  const take = (found: { links: NeighbourLink[]; truncated: boolean }) => {
    truncated ||= found.truncated;
    for (const l of found.links) {
      builder.addNode(l.node);
      const key = builder.addLink(l.link)!;
      all.set(key, l);
    }
    return found.links;
  };
  const ofType = (links: NeighbourLink[], type: string) => [
    ...new Set(links.filter((l) => l.node.labels.includes(type)).map((l) => l.node.id)),
  ];

  // From the start to the shipments carrying its metal.
  let seeds = [start!.id];
  let seedType = startType;
  if (startType === 'Sample') {
    const found = take(await neighbourLinks(g, [from], ['TAKEN_FROM', 'COMPARED_WITH'], 'OUT', 200));
    const target = found.find((l) => l.link.type === 'TAKEN_FROM')?.node;
    seeds = target ? [target.id] : [];
    seedType = target ? (typeOf(target) ?? 'none') : 'none';
  }
  let shipments: string[] = [];
  let mines: string[] = [];
  if (seedType === 'Mine') {
    mines = seeds;
    shipments = ofType(
      take(await neighbourLinks(g, seeds, ['DECLARED_ORIGIN'], 'IN', MAX_SHIPMENTS)),
      'Shipment',
    );
  } else if (seedType === 'Seizure') {
    const found = take(
      await neighbourLinks(
        g,
        seeds,
        ['SEIZED', 'TAKEN_FROM', 'LOCATED_IN', 'INVOLVED_IN'],
        'BOTH',
        MAX_SHIPMENTS,
      ),
    );
    shipments = ofType(
      found.filter((l) => l.link.type === 'SEIZED'),
      'Shipment',
    );
  } else if (seedType === 'Shipment') {
    shipments = seeds;
  }

  // Around the shipments: parties, route, seizures, samples and declared origins.
  const around = take(await neighbourLinks(g, shipments, SHIPMENT_LINKS, 'BOTH', MAX_SHIPMENTS * 12));
  const seizures = ofType([...all.values()], 'Seizure').filter((id) => id !== from);
  take(await neighbourLinks(g, seizures, ['TAKEN_FROM', 'INVOLVED_IN'], 'IN', 2000));
  const samples = [
    ...new Set([...ofType([...all.values()], 'Sample'), ...(startType === 'Sample' ? [from] : [])]),
  ];
  take(await neighbourLinks(g, samples, ['COMPARED_WITH'], 'OUT', 2000));
  mines = [
    ...new Set([
      ...mines,
      ...ofType(
        around.filter((l) => l.link.type === 'DECLARED_ORIGIN'),
        'Mine',
      ),
    ]),
  ];

  // Behind the mines: licences, the officials who approved them, operators and buyers.
  const behind = take(await neighbourLinks(g, mines, MINE_LINKS, 'BOTH', 2000));
  take(await neighbourLinks(g, ofType(behind, 'Licence'), LICENCE_LINKS, 'BOTH', 2000));

  await describeSources(g, builder);
  const { shipments: list, steps } = summariseMetal(
    shipments,
    [...all.values()],
    (id) => builder.node(id)?.attributes.properties,
    startType === 'Mine' ? from : null,
  );
  return {
    startId: from,
    startType,
    totalFineKg: list.reduce((s, x) => s + x.trailFineKg, 0),
    shipments: list,
    steps,
    truncated,
    graph: builder.build('metalTrail', truncated),
  };
}
