/**
 * GOLD_ASSAY_MISMATCH: metal whose fingerprint excludes the mine its papers declare and is
 * consistent with an illegal site — doré sampled from a Peruvian export, and grains from a
 * hand-carried parcel seized at the airport. Look-alikes: a refined bar (too little signature to
 * say anything) and a specimen consistent with its declared mine and with a near-identical twin.
 */
import { ppmSpread } from '@touchstone/analytics';
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import { createPerson } from '../factory/person';
import { regionsOf } from '../reference/regions';
import type { Block } from '../world/block';
import { createSeizure } from '../world/enforcement';
import { sampleEvidence } from '../world/labs';
import { refineriesIn } from '../world/markets';
import { createMine } from '../world/mines';
import { local, type MineRef } from '../world/registry';
import { allocateOrigins } from '../world/trade';
import { someDay } from './actors';
import { goldShipment } from './gold-actors';

function declaredShipment(
  b: Block,
  rng: Rng,
  declared: MineRef,
  date: number,
  hand?: ReturnType<typeof createPerson>,
  materialType: 'DORE' | 'BARS' = 'DORE',
) {
  const cw = local(b.world, declared.country);
  const exporter = cw.exporters[0]!;
  const refinery = rng.pick(refineriesIn(b, hand ? 'US' : 'CH'));
  const origins = allocateOrigins(b, rng, [declared], rng.float(4, 12), new Date(date).getUTCFullYear());
  const fineKg = origins.reduce((s, o) => s + o.fineKg, 0);
  return goldShipment(b, rng, {
    exporter,
    consignee: refinery,
    from: declared.country,
    to: refinery.country,
    date,
    fineKg,
    origins,
    transportMode: hand ? 'HAND_CARRY' : 'AIR_CARGO',
    carrier: hand,
    materialType,
    fineness: materialType === 'BARS' ? 0.995 : undefined,
    receivedAfterDays: hand ? false : undefined,
    settle: !hand,
  });
}

function twinOf(b: Block, rng: Rng, mine: MineRef): MineRef {
  const region = regionsOf(mine.country).find((r) => r.region === mine.region)!;
  const concentrationsPpm = mine.profile.concentrationsPpm.map((x) =>
    Number((x * 10 ** rng.normal(0, 0.03)).toPrecision(4)),
  );
  const profile = {
    ...mine.profile,
    concentrationsPpm,
    uncertaintiesPpm: concentrationsPpm.map((x, i) =>
      Number(
        ppmSpread(
          x,
          mine.profile.uncertaintiesPpm![i]! / (mine.profile.concentrationsPpm[i]! * Math.LN10),
        ).toPrecision(3),
      ),
    ),
  };
  return createMine(b, {
    rng,
    region,
    status: 'INFORMAL',
    type: 'ARTISANAL',
    plausibleKg: 60,
    base: [],
    profile,
    reserved: true,
  });
}

export function plantAssay(b: Block): void {
  const rng = b.rng.fork('plant:assay');
  const pe = local(b.world, 'PE');
  const declaredA =
    pe.mines.find((m) => m.status === 'LICENSED' && m.region !== 'Madre de Dios') ?? pe.mines[0]!;
  const illegalA =
    pe.mines.find((m) => m.status === 'ILLEGAL' && m.areaKey) ??
    pe.mines.find((m) => m.status === 'ILLEGAL')!;
  const shipment = declaredShipment(b, rng, declaredA, someDay(rng, 2022, 2024));
  const others = pe.mines.filter((m) => m !== declaredA && m !== illegalA).slice(0, 2);
  const a = sampleEvidence(b, {
    rng,
    takenFrom: shipment.id,
    takenOn: shipment.date + 2 * DAY,
    source: illegalA,
    candidates: [declaredA, illegalA, ...others],
    form: 'DORE',
    require: { [declaredA.id]: 'EXCLUDED', [illegalA.id]: 'CONSISTENT' },
  });
  if (a) {
    b.truth.instance('GOLD_ASSAY_MISMATCH', {
      subject: a.id,
      entities: [shipment.id, declaredA.id, illegalA.id, shipment.exporter.id],
      size: 2 + others.length,
      description: `Doré from an export declared as coming from ${declaredA.name} (licensed) is excluded from that mine (p < 0.01) and consistent with an illegal site, ${illegalA.name}.`,
      details: {
        shipment: shipment.id,
        declaredMine: declaredA.id,
        consistentWith: illegalA.id,
        pDeclared: a.comparisons.get(declaredA.id)!.pValue,
      },
    });
  }

  const bo = local(b.world, 'BO');
  const declaredB = bo.mines.find((m) => m.status === 'LICENSED')!;
  const sourceB = pe.mines.find((m) => m.status === 'ILLEGAL' && m !== illegalA) ?? illegalA;
  const courier = createPerson(b, { country: 'BO', rng, born: [1985, 2000] });
  const date = utc(rng.int(2021, 2024), rng.int(1, 12), rng.int(1, 28), rng.int(1, 23));
  const parcel = declaredShipment(b, rng, declaredB, date, courier);
  const seizure = createSeizure(b, {
    rng,
    country: 'BO',
    date,
    place: 'El Alto International Airport',
    point: { lat: -16.5133, lon: -68.1923 },
    goods: 'GOLD',
    weightKg: parcel.fineKg,
    valueUsd: Math.round(parcel.valueUsd),
    people: [{ party: courier, role: 'passenger' }],
    seizedShipment: parcel.id,
  });
  const candidatesB = [
    declaredB,
    sourceB,
    ...bo.mines.filter((m) => m !== declaredB).slice(0, 2),
    ...pe.mines.filter((m) => m.status === 'LICENSED').slice(0, 2),
  ];
  const c = sampleEvidence(b, {
    rng,
    takenFrom: seizure,
    takenOn: date + 4 * DAY,
    source: sourceB,
    candidates: candidatesB,
    form: 'GRAIN',
    require: { [declaredB.id]: 'EXCLUDED', [sourceB.id]: 'CONSISTENT' },
  });
  if (c) {
    b.truth.instance('GOLD_ASSAY_MISMATCH', {
      subject: c.id,
      entities: [seizure, parcel.id, declaredB.id, sourceB.id, courier.id],
      size: candidatesB.length,
      description: `Grains from a hand-carried parcel seized at El Alto airport, declared as from the Bolivian mine ${declaredB.name}, are excluded from it and consistent with an illegal Peruvian site, ${sourceB.name}; ${candidatesB.length} mines compared.`,
      details: { seizure, shipment: parcel.id, declaredMine: declaredB.id, consistentWith: sourceB.id },
    });
  }

  const ec = local(b.world, 'EC');
  const declaredC = ec.mines.find((m) => m.status === 'LICENSED')!;
  const bar = declaredShipment(b, rng, declaredC, someDay(rng, 2021, 2024), undefined, 'BARS');
  const barSample = sampleEvidence(b, {
    rng,
    takenFrom: bar.id,
    takenOn: bar.date + 2 * DAY,
    source: declaredC,
    candidates: [declaredC, ...ec.mines.filter((m) => m !== declaredC).slice(0, 2)],
    form: 'BAR',
    require: { [declaredC.id]: 'INCONCLUSIVE' },
  });
  if (barSample) {
    b.truth.lookAlike('GOLD_ASSAY_MISMATCH', {
      subject: barSample.id,
      entities: [bar.id, declaredC.id],
      why: 'A refined bar: almost every element is below its detection limit, so every comparison is INCONCLUSIVE — no exclusion, no alternative.',
    });
  }
  const co = local(b.world, 'CO');
  const declaredD = co.mines.find((m) => m.status === 'LICENSED')!;
  const twin = twinOf(b, rng, declaredD);
  const doreD = declaredShipment(b, rng, declaredD, someDay(rng, 2021, 2024));
  const ambiguous = sampleEvidence(b, {
    rng,
    takenFrom: doreD.id,
    takenOn: doreD.date + 2 * DAY,
    source: declaredD,
    candidates: [declaredD, twin],
    form: 'DORE',
    require: { [declaredD.id]: 'CONSISTENT', [twin.id]: 'CONSISTENT' },
  });
  if (ambiguous) {
    b.truth.lookAlike('GOLD_ASSAY_MISMATCH', {
      subject: ambiguous.id,
      entities: [doreD.id, declaredD.id, twin.id],
      why: 'Consistent with the declared mine and also with a neighbouring site of near-identical signature: ambiguous, but the declared mine is not excluded.',
    });
  }
}
