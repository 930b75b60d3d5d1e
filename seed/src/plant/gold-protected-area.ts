/**
 * GOLD_PROTECTED_AREA_SUPPLY: gold from inside protected land reaching exporters through
 * buyers — an illegal garimpo in the Yanomami territory (two SOLD_TO hops) and an informal site
 * in the Amarakaeri reserve (three hops). Look-alikes: an illegal site in Canaima whose buyer
 * sells to no exporter, and a licensed mine just outside Tambopata supplying an exporter.
 */
import type { Rng } from '../core/rng';
import type { MiningRegion } from '../reference/regions';
import type { Block } from '../world/block';
import { createMine, miningWatch } from '../world/mines';
import { regionBase } from '../world/profiles';
import { local, type CompanyRef, type MineRef } from '../world/registry';
import { firm } from './actors';

const RORAIMA: MiningRegion = {
  country: 'BR',
  region: 'Roraima',
  places: ['Uraricoera', 'Mucajaí', 'Homoxi', 'Xitei'],
  lat: 2.6,
  lon: -63.6,
  radiusKm: 60,
  alluvial: true,
};
const MADRE: MiningRegion = {
  country: 'PE',
  region: 'Madre de Dios',
  places: ['Boca Colorado', 'Pukiri', 'Shintuya'],
  lat: -12.9,
  lon: -70.95,
  radiusKm: 15,
  alluvial: true,
};
const CANAIMA: MiningRegion = {
  country: 'VE',
  region: 'Bolívar',
  places: ['Kanarakuni', 'Ikabarú', 'Uriman'],
  lat: 5.5,
  lon: -62.0,
  radiusKm: 40,
  alluvial: true,
};
const TAMBOPATA_EDGE: MiningRegion = {
  country: 'PE',
  region: 'Madre de Dios',
  places: ['Laberinto', 'Jayave'],
  lat: -12.72,
  lon: -69.75,
  radiusKm: 5,
  alluvial: true,
};

function site(
  b: Block,
  rng: Rng,
  region: MiningRegion,
  status: MineRef['status'],
  areaKey?: string,
): MineRef {
  return createMine(b, {
    rng,
    region,
    status,
    type: 'ALLUVIAL',
    plausibleKg: Math.round(rng.float(60, 220)),
    base: regionBase(rng),
    areaKey,
    usesMercury: status !== 'LICENSED',
    reserved: true,
  });
}

function sell(b: Block, from: MineRef | CompanyRef, to: CompanyRef, kg: number): void {
  b.emit.fact('SOLD_TO', from.id, to.id, 'kinds' in from ? to.registry : miningWatch(b, to.country), {
    kgPerYear: kg,
  });
}

export function plantProtectedAreas(b: Block): void {
  const rng = b.rng.fork('plant:protected');
  const yanomami = site(b, rng, RORAIMA, 'ILLEGAL', 'yanomami');
  const dtvm = firm(b, rng, 'BR', ['GOLD_BUYER'], 'gold').party;
  const exporterBR = local(b.world, 'BR').exporters[0]!;
  sell(b, yanomami, dtvm, 90);
  sell(b, dtvm, exporterBR, 300);
  b.truth.instance('GOLD_PROTECTED_AREA_SUPPLY', {
    subject: yanomami.id,
    entities: [dtvm.id, exporterBR.id],
    size: 2,
    description:
      'An illegal garimpo inside the Yanomami Indigenous Territory sells to a gold-buying firm, which sells to an established Brazilian exporter (two SOLD_TO hops).',
    details: { area: 'Yanomami Indigenous Territory', chain: [yanomami.id, dtvm.id, exporterBR.id] },
  });
  const amarakaeri = site(b, rng, MADRE, 'INFORMAL', 'amarakaeri');
  const acopio = firm(b, rng, 'PE', ['GOLD_BUYER'], 'gold').party;
  const trader = firm(b, rng, 'PE', ['TRADER'], 'gold').party;
  const exporterPE = local(b.world, 'PE').exporters[1]!;
  sell(b, amarakaeri, acopio, 60);
  sell(b, acopio, trader, 200);
  sell(b, trader, exporterPE, 400);
  b.truth.instance('GOLD_PROTECTED_AREA_SUPPLY', {
    subject: amarakaeri.id,
    entities: [acopio.id, trader.id, exporterPE.id],
    size: 3,
    description:
      'An informal site inside the Amarakaeri Communal Reserve sells to a local buyer, who sells to a trader, who sells to a Peruvian exporter (three SOLD_TO hops).',
    details: {
      area: 'Amarakaeri Communal Reserve',
      chain: [amarakaeri.id, acopio.id, trader.id, exporterPE.id],
    },
  });
  const canaima = site(b, rng, CANAIMA, 'ILLEGAL', 'canaima');
  const jeweller = firm(b, rng, 'VE', ['GOLD_BUYER'], 'gold').party;
  sell(b, canaima, jeweller, 40);
  b.truth.lookAlike('GOLD_PROTECTED_AREA_SUPPLY', {
    subject: canaima.id,
    entities: [jeweller.id],
    why: 'An illegal site inside Canaima National Park, but its buyer (a local jeweller) sells to no exporter.',
  });
  const edge = site(b, rng, TAMBOPATA_EDGE, 'LICENSED');
  sell(b, edge, local(b.world, 'PE').exporters[0]!, 80);
  b.truth.lookAlike('GOLD_PROTECTED_AREA_SUPPLY', {
    subject: edge.id,
    entities: [local(b.world, 'PE').exporters[0]!.id],
    why: 'A licensed mine just outside the Tambopata reserve supplying an exporter: near protected land, not inside it.',
  });
}
