/**
 * Reads a metal trail off its graph: each shipment with its parties, route and fine weight, and
 * the fine kg at each step (mine, licence, exporter, transit country, refiner, seizure…). Pure:
 * it works on the links already fetched.
 */
import type { NeighbourLink } from './neighbour-links';
import type { Plain } from './graph-shape';

/** Stages of the metal's way, in order. */
export const METAL_STAGES = [
  'MINE',
  'LICENCE',
  'EXPORTER',
  'SHIPMENT',
  'ORIGIN',
  'TRANSIT',
  'DESTINATION',
  'CONSIGNEE',
  'REFINER',
  'SEIZURE',
  'SAMPLE',
] as const;
export type MetalStage = (typeof METAL_STAGES)[number];

export interface MetalShipment {
  id: string;
  date: string | null;
  commodity: string | null;
  transportMode: string | null;
  materialType: string | null;
  /** Declared fine weight of the whole shipment. */
  fineKg: number;
  /** The part of it this trail follows (from the start mine, when starting from a mine). */
  trailFineKg: number;
  exporterIds: string[];
  consigneeIds: string[];
  /** Country ids in order: origin, transit countries by their order, destination. */
  route: string[];
  refinerIds: string[];
  seizureIds: string[];
  courierIds: string[];
  sampleIds: string[];
  originMines: { mineId: string; fineKg: number | null }[];
}

export interface MetalStep {
  stage: MetalStage;
  entityId: string;
  /** Fine kg of the trail's metal at this step. */
  fineKg: number;
  shipments: number;
  /** For mines and licences: kg a year allowed or plausible. */
  capacityKgPerYear: number | null;
  /** For seizures: the weight seized. */
  seizedKg: number | null;
}

const num = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);

function fineKgOf(p: { [key: string]: Plain }): number {
  return num(p.fineKg) ?? (num(p.grossWeightKg) ?? 0) * (num(p.fineness) ?? 1);
}

/** Shipments of the trail and the steps of the metal, from the links around them. */
export function summariseMetal(
  shipmentIds: readonly string[],
  links: readonly NeighbourLink[],
  propertiesOf: (id: string) => { [key: string]: Plain } | undefined,
  startMineId: string | null,
): { shipments: MetalShipment[]; steps: MetalStep[] } {
  const nodes = { get: propertiesOf };
  const around = (id: string, type: string) =>
    links.filter((l) => l.link.type === type && (l.link.from === id || l.link.to === id));
  const other = (l: NeighbourLink, id: string) => (l.link.from === id ? l.link.to : l.link.from);

  const shipments: MetalShipment[] = shipmentIds.map((id) => {
    const p = nodes.get(id) ?? {};
    const origins = around(id, 'DECLARED_ORIGIN').map((l) => ({
      mineId: l.link.to,
      fineKg: num(l.link.properties.fineKg),
    }));
    const fromStart = startMineId ? origins.find((o) => o.mineId === startMineId) : undefined;
    const vias = around(id, 'VIA').sort(
      (a, b) => (num(a.link.properties.order) ?? 0) - (num(b.link.properties.order) ?? 0),
    );
    const ids = (type: string) => [...new Set(around(id, type).map((l) => other(l, id)))].sort();
    return {
      id,
      date: str(p.date),
      commodity: str(p.commodity),
      transportMode: str(p.transportMode),
      materialType: str(p.materialType),
      fineKg: fineKgOf(p),
      trailFineKg: fromStart ? (fromStart.fineKg ?? fineKgOf(p)) : fineKgOf(p),
      exporterIds: ids('EXPORTED'),
      consigneeIds: ids('CONSIGNED_TO'),
      route: [...ids('FROM_COUNTRY'), ...vias.map((l) => l.link.to), ...ids('TO_COUNTRY')],
      refinerIds: ids('RECEIVED_BY'),
      seizureIds: ids('SEIZED'),
      courierIds: ids('CARRIED_BY'),
      sampleIds: ids('TAKEN_FROM'),
      originMines: origins,
    };
  });

  const steps = new Map<string, MetalStep>();
  const add = (stage: MetalStage, entityId: string, kg: number, extra: Partial<MetalStep> = {}) => {
    const key = `${stage}|${entityId}`;
    const step = steps.get(key) ?? {
      stage,
      entityId,
      fineKg: 0,
      shipments: 0,
      capacityKgPerYear: null,
      seizedKg: null,
      ...extra,
    };
    step.fineKg += kg;
    step.shipments += 1;
    steps.set(key, step);
  };
  for (const s of shipments) {
    for (const o of s.originMines)
      if (!startMineId || o.mineId === startMineId) {
        add('MINE', o.mineId, o.fineKg ?? s.trailFineKg, {
          capacityKgPerYear: num(nodes.get(o.mineId)?.plausibleAnnualKg),
        });
        for (const l of links.filter((x) => x.link.type === 'COVERS' && x.link.to === o.mineId)) {
          add('LICENCE', l.link.from, o.fineKg ?? s.trailFineKg, {
            capacityKgPerYear: num(nodes.get(l.link.from)?.maxAnnualKg),
          });
        }
      }
    s.exporterIds.forEach((id) => add('EXPORTER', id, s.trailFineKg));
    add('SHIPMENT', s.id, s.trailFineKg);
    const countries = (type: string) => [...new Set(around(s.id, type).map((l) => l.link.to))];
    countries('FROM_COUNTRY').forEach((id) => add('ORIGIN', id, s.trailFineKg));
    countries('VIA').forEach((id) => add('TRANSIT', id, s.trailFineKg));
    countries('TO_COUNTRY').forEach((id) => add('DESTINATION', id, s.trailFineKg));
    s.consigneeIds.forEach((id) => add('CONSIGNEE', id, s.trailFineKg));
    s.refinerIds.forEach((id) => add('REFINER', id, s.trailFineKg));
    s.seizureIds.forEach((id) =>
      add('SEIZURE', id, s.trailFineKg, { seizedKg: num(nodes.get(id)?.weightKg) }),
    );
    s.sampleIds.forEach((id) => add('SAMPLE', id, 0));
  }
  const order = (s: MetalStep) => METAL_STAGES.indexOf(s.stage);
  return {
    shipments: shipments.sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id),
    ),
    steps: [...steps.values()].sort(
      (a, b) => order(a) - order(b) || b.fineKg - a.fineKg || a.entityId.localeCompare(b.entityId),
    ),
  };
}
