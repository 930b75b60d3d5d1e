/**
 * Real gold-mining regions (approximate centres) where the demo's mines are placed, and real
 * protected areas and indigenous territories (approximate centroids and areas). Points are
 * jittered within a radius; whether a mine lies inside an area is decided here, not by a GIS.
 */

export interface MiningRegion {
  country: string;
  region: string;
  /** Place words for mine and company names. */
  places: readonly string[];
  lat: number;
  lon: number;
  radiusKm: number;
  alluvial: boolean;
}

export interface ProtectedAreaInfo {
  key: string;
  name: string;
  kind: 'PROTECTED_AREA' | 'INDIGENOUS_TERRITORY' | 'WORLD_HERITAGE_SITE';
  country: string;
  lat: number;
  lon: number;
  areaKm2: number;
  /** Radius around the centroid within which mines "inside" it are placed. */
  radiusKm: number;
}

const r = (
  country: string,
  region: string,
  lat: number,
  lon: number,
  radiusKm: number,
  alluvial: boolean,
  places: string[],
): MiningRegion => ({ country, region, lat, lon, radiusKm, alluvial, places });

export const MINING_REGIONS: readonly MiningRegion[] = [
  r('PE', 'Madre de Dios', -12.95, -70.2, 60, true, [
    'Huepetuhe',
    'Inambari',
    'La Pampa',
    'Laberinto',
    'Colorado',
    'Delta',
  ]),
  r('PE', 'Puno', -14.63, -69.45, 40, false, ['La Rinconada', 'Ananea', 'Cerro Lunar', 'Sandia']),
  r('PE', 'La Libertad', -7.78, -77.59, 35, false, ['Pataz', 'Parcoy', 'Vijus', 'Marañón']),
  r('PE', 'Arequipa', -15.85, -74.25, 50, false, ['Chala', 'Secocha', 'Atico', 'Caravelí']),
  r('BR', 'Tapajós', -5.9, -56.6, 120, true, [
    'Itaituba',
    'Jacareacanga',
    'Crepurizão',
    'Creporizinho',
    'Moraes Almeida',
  ]),
  r('BR', 'Mato Grosso', -10.2, -54.98, 80, true, ['Peixoto de Azevedo', 'Matupá', 'Guarantã', 'Novo Mundo']),
  r('BR', 'Minas Gerais', -20.0, -43.8, 40, false, ['Quadrilátero', 'Sabará', 'Nova Lima', 'Caeté']),
  r('CO', 'Antioquia', 7.08, -74.7, 50, false, ['Segovia', 'Remedios', 'Zaragoza', 'El Bagre']),
  r('CO', 'Chocó', 5.69, -76.65, 50, true, ['Atrato', 'Istmina', 'Condoto', 'Tadó']),
  r('CO', 'Nariño', 1.67, -78.14, 40, true, ['Barbacoas', 'Magüí', 'Telembí']),
  r('VE', 'Bolívar', 7.35, -61.82, 90, true, ['El Callao', 'Tumeremo', 'El Dorado', 'Las Claritas']),
  r('BO', 'La Paz', -15.5, -68.0, 50, true, ['Tipuani', 'Guanay', 'Mapiri', 'Teoponte']),
  r('EC', 'Zamora Chinchipe', -4.07, -78.79, 40, false, ['Nambija', 'Chinapintza', 'Yantzaza']),
  r('EC', 'El Oro', -3.71, -79.62, 30, false, ['Portovelo', 'Zaruma', 'Ponce Enríquez']),
  r('GY', 'Mazaruni', 6.0, -60.0, 80, true, ['Mazaruni', 'Puruni', 'Kurupung', 'Issano']),
  r('GY', 'Potaro', 5.3, -59.0, 60, true, ['Mahdia', 'Konawaruk', 'Potaro']),
  r('SR', 'Brokopondo', 4.8, -55.0, 60, true, ['Brownsweg', 'Nieuw Koffiekamp', 'Sarakreek']),
  r('SR', 'Sipaliwini', 3.8, -55.5, 80, true, ['Benzdorp', 'Lawa', 'Antino']),
  r('ZA', 'Witwatersrand', -26.36, 27.4, 40, false, ['Carletonville', 'Westonaria', 'Randfontein']),
  r('ZA', 'Free State', -27.98, 26.73, 40, false, ['Welkom', 'Virginia', 'Odendaalsrus']),
  r('ZW', 'Mashonaland West', -18.33, 29.91, 50, false, ['Kadoma', 'Chegutu', 'Eiffel Flats']),
  r('ZW', 'Mashonaland Central', -17.4, 31.1, 50, true, ['Bindura', 'Mazowe', 'Shamva']),
  r('ZW', 'Midlands', -18.92, 29.81, 50, false, ['Kwekwe', 'Zhombe', 'Shurugwi']),
  r('GH', 'Ashanti', 6.2, -1.67, 40, false, ['Obuasi', 'Konongo', 'Manso']),
  r('GH', 'Western', 5.3, -1.99, 50, true, ['Tarkwa', 'Prestea', 'Bogoso', 'Wassa']),
  r('ML', 'Kayes', 13.9, -11.7, 80, false, ['Sadiola', 'Kéniéba', 'Loulo']),
  r('ML', 'Sikasso', 11.3, -7.4, 70, true, ['Kalana', 'Yanfolila', 'Morila']),
  r('BF', 'Sahel', 14.3, -0.3, 80, false, ['Essakane', 'Gorom-Gorom', 'Markoye']),
  r('BF', 'Centre-Nord', 13.1, -1.1, 60, true, ['Kaya', 'Barsalogho', 'Kongoussi']),
  r('SD', 'River Nile', 19.53, 33.33, 100, false, ['Abu Hamad', 'Berber', 'Atbara']),
  r('SD', 'Darfur', 13.5, 23.9, 100, true, ['Jebel Amer', 'Kutum', 'Saraf Omra']),
  r('CD', 'Ituri', 1.95, 30.05, 70, true, ['Mongbwalu', 'Bunia', 'Mambasa']),
  r('CD', 'South Kivu', -3.06, 28.18, 70, true, ['Kamituga', 'Twangiza', 'Misisi']),
  r('UG', 'Karamoja', 2.53, 34.66, 70, true, ['Moroto', 'Rupa', 'Nakiloro']),
  r('UG', 'Busia', 0.46, 34.1, 30, false, ['Tiira', 'Amonikakinei', 'Busitema']),
  r('TZ', 'Geita', -2.87, 32.23, 60, false, ['Geita', 'Nyarugusu', 'Rwamagaza']),
  r('TZ', 'Mara', -1.6, 34.1, 60, false, ['Nyamongo', 'Tarime', 'Buhemba']),
  r('MX', 'Sierra Gorda', 21.2, -99.5, 40, false, ['Pinal de Amoles', 'Peñamiller']),
];

const a = (
  key: string,
  name: string,
  kind: ProtectedAreaInfo['kind'],
  country: string,
  lat: number,
  lon: number,
  areaKm2: number,
  radiusKm: number,
): ProtectedAreaInfo => ({ key, name, kind, country, lat, lon, areaKm2, radiusKm });

export const PROTECTED_AREAS: readonly ProtectedAreaInfo[] = [
  a('tambopata', 'Tambopata National Reserve', 'PROTECTED_AREA', 'PE', -12.95, -69.55, 2_747, 15),
  a('amarakaeri', 'Amarakaeri Communal Reserve', 'INDIGENOUS_TERRITORY', 'PE', -12.9, -70.95, 4_023, 15),
  a('yanomami', 'Yanomami Indigenous Territory', 'INDIGENOUS_TERRITORY', 'BR', 2.6, -63.6, 96_650, 60),
  a('munduruku', 'Munduruku Indigenous Territory', 'INDIGENOUS_TERRITORY', 'BR', -6.9, -57.2, 23_820, 30),
  a('kayapo', 'Kayapó Indigenous Territory', 'INDIGENOUS_TERRITORY', 'BR', -7.8, -52.4, 32_840, 40),
  a('canaima', 'Canaima National Park', 'WORLD_HERITAGE_SITE', 'VE', 5.5, -62.0, 30_000, 40),
  a('yapacana', 'Yapacana National Park', 'PROTECTED_AREA', 'VE', 3.75, -66.75, 3_200, 15),
  a('podocarpus', 'Podocarpus National Park', 'PROTECTED_AREA', 'EC', -4.2, -79.0, 1_462, 10),
  a('kahuzi', 'Kahuzi-Biega National Park', 'WORLD_HERITAGE_SITE', 'CD', -2.3, 28.7, 6_000, 20),
  a('okapi', 'Okapi Wildlife Reserve', 'WORLD_HERITAGE_SITE', 'CD', 1.5, 28.5, 13_700, 30),
  a('atewa', 'Atewa Range Forest Reserve', 'PROTECTED_AREA', 'GH', 6.2, -0.58, 232, 5),
  a('chocoan', 'Embera-Katío Resguardo (Chocó)', 'INDIGENOUS_TERRITORY', 'CO', 6.1, -76.3, 1_030, 10),
];

/** Regions of a country. */
export const regionsOf = (iso: string): MiningRegion[] => MINING_REGIONS.filter((x) => x.country === iso);

/** A point within `radiusKm` of a centre, from two uniform numbers in [0, 1). */
export function jitter(
  lat: number,
  lon: number,
  radiusKm: number,
  u: number,
  v: number,
): { latitude: number; longitude: number } {
  const d = (radiusKm * Math.sqrt(u)) / 111.32;
  const t = 2 * Math.PI * v;
  const latitude = lat + d * Math.sin(t);
  const longitude = lon + (d * Math.cos(t)) / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  return { latitude: Math.round(latitude * 1e5) / 1e5, longitude: Math.round(longitude * 1e5) / 1e5 };
}
