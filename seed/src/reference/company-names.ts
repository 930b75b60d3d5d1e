/**
 * Words for company names per language area: a lead word (often a place), a trade word for the
 * kind of business and a legal suffix. Names are built from generic words, never from real firms.
 */
import type { NamePoolKey } from './countries';

export type NameStyle = 'mining' | 'gold' | 'general' | 'holding' | 'shell';

export interface CompanyWords {
  lead: readonly string[];
  trade: Record<NameStyle, readonly string[]>;
  suffix: readonly string[];
}

// prettier-ignore
export const COMPANY_WORDS: Record<NamePoolKey, CompanyWords> = {
  es: {
    lead: ['Andina', 'del Sur', 'Amazónica', 'Cóndor', 'Pacífico', 'Sol de Oro', 'Los Andes', 'San Martín', 'Santa Rosa', 'El Dorado'],
    trade: {
      mining: ['Minera', 'Compañía Minera', 'Minas'],
      gold: ['Inversiones', 'Comercializadora', 'Exportadora', 'Metales Preciosos', 'Corporación Aurífera', 'Negociaciones'],
      general: ['Servicios Generales', 'Inmobiliaria', 'Distribuidora', 'Transportes', 'Comercial', 'Electro'],
      holding: ['Holding', 'Grupo', 'Inversiones'],
      shell: ['Trading', 'Capital', 'Global', 'Consultores'],
    },
    suffix: ['S.A.C.', 'S.A.', 'S.R.L.', 'E.I.R.L.'],
  },
  pt: {
    lead: ['Tapajós', 'Amazônia', 'Cristalino', 'Ouro Verde', 'Norte', 'Serra Dourada', 'Rio Branco', 'Boa Vista'],
    trade: {
      mining: ['Mineração', 'Cooperativa Garimpeira', 'Lavra'],
      gold: ['DTVM', 'Comércio de Ouro', 'Metais', 'Exportadora', 'Ourominas'],
      general: ['Serviços', 'Imobiliária', 'Distribuidora', 'Transportes', 'Energia'],
      holding: ['Participações', 'Holding'],
      shell: ['Trading', 'Capital', 'Global'],
    },
    suffix: ['Ltda.', 'S.A.', 'EIRELI'],
  },
  gy: { lead: ['Essequibo', 'Demerara', 'Berbice', 'Kaieteur', 'Mazaruni'], trade: { mining: ['Mining', 'Gold Mining'], gold: ['Gold Traders', 'Bullion', 'Precious Metals'], general: ['Services', 'Realty', 'Distributors', 'Energy'], holding: ['Holdings'], shell: ['Trading', 'Capital'] }, suffix: ['Inc.', 'Ltd.'] },
  sr: { lead: ['Saramacca', 'Marowijne', 'Commewijne', 'Coppename', 'Suriname'], trade: { mining: ['Mijnbouw', 'Gold Mining'], gold: ['Goud Handel', 'Precious Metals', 'Trading'], general: ['Diensten', 'Vastgoed', 'Distributie'], holding: ['Holding'], shell: ['Trading', 'Capital', 'Global'] }, suffix: ['N.V.', 'B.V.'] },
  saf: { lead: ['Highveld', 'Great Dyke', 'Limpopo', 'Zambezi', 'Mazowe', 'Eastern Cape'], trade: { mining: ['Mining', 'Gold Mines', 'Resources'], gold: ['Gold Trading', 'Bullion', 'Precious Metals'], general: ['Services', 'Properties', 'Logistics', 'Power'], holding: ['Holdings', 'Investments'], shell: ['Trading', 'Capital', 'Global'] }, suffix: ['(Pty) Ltd', '(Pvt) Ltd'] },
  gh: { lead: ['Ashanti', 'Golden Star', 'Volta', 'Pra River', 'Akyem'], trade: { mining: ['Mining', 'Gold Mines', 'Resources'], gold: ['Gold Buying', 'Bullion', 'Precious Metals'], general: ['Services', 'Properties', 'Logistics'], holding: ['Holdings'], shell: ['Trading', 'Capital'] }, suffix: ['Ltd'] },
  wa: { lead: ['Sahel', 'Niger', 'Bafing', 'Falémé', 'Mandé'], trade: { mining: ['Mines', 'Orpaillage', 'Exploitation Minière'], gold: ['Comptoir de l’Or', 'Métaux Précieux', 'Négoce'], general: ['Services', 'Immobilier', 'Transport'], holding: ['Holding'], shell: ['Trading', 'Capital'] }, suffix: ['SARL', 'SA'] },
  ar: { lead: ['Al Noor', 'Al Dhahab', 'Gulf Star', 'Desert Rose', 'Red Sea', 'Nile'], trade: { mining: ['Mining', 'Gold Mining'], gold: ['Gold Trading', 'Bullion', 'Jewellery Trading', 'Precious Metals'], general: ['General Trading', 'Properties', 'Logistics'], holding: ['Holding', 'Investments'], shell: ['General Trading', 'Global', 'Capital'] }, suffix: ['LLC', 'FZE', 'DMCC', 'Co. Ltd'] },
  cd: { lead: ['Kivu', 'Ituri', 'Maniema', 'Grands Lacs', 'Lualaba'], trade: { mining: ['Mines', 'Coopérative Minière'], gold: ['Comptoir', 'Négoce de l’Or', 'Métaux'], general: ['Services', 'Immobilier', 'Transport'], holding: ['Holding'], shell: ['Trading', 'Global'] }, suffix: ['SARL', 'SA'] },
  ea: { lead: ['Lake Victoria', 'Karamoja', 'Kilimanjaro', 'Rift Valley', 'Nile'], trade: { mining: ['Mining', 'Gold Mines', 'Minerals'], gold: ['Gold Refinery', 'Bullion', 'Gold Dealers', 'Precious Metals'], general: ['Services', 'Properties', 'Logistics'], holding: ['Holdings'], shell: ['Trading', 'Capital'] }, suffix: ['Ltd', 'Co. Ltd'] },
  tr: { lead: ['Anadolu', 'Marmara', 'Ege', 'Boğaziçi', 'Toros'], trade: { mining: ['Madencilik'], gold: ['Altın Ticaret', 'Kıymetli Madenler', 'Kuyumculuk'], general: ['Hizmet', 'Gayrimenkul', 'Lojistik'], holding: ['Holding'], shell: ['Dış Ticaret', 'Global'] }, suffix: ['A.Ş.', 'Ltd. Şti.'] },
  zh: { lead: ['Pearl River', 'Golden Harbour', 'Kowloon', 'Victoria', 'Jade'], trade: { mining: ['Mining'], gold: ['Bullion', 'Precious Metals', 'Gold Trading'], general: ['Services', 'Properties', 'Logistics'], holding: ['Holdings'], shell: ['Trading', 'International', 'Capital'] }, suffix: ['Ltd', 'Co. Ltd'] },
  ch: { lead: ['Helvetia', 'Ticino', 'Alpine', 'Lemania', 'Jura', 'Gotthard'], trade: { mining: ['Resources'], gold: ['Precious Metals', 'Affinage', 'Bullion', 'Metals Trading'], general: ['Services', 'Immobilien', 'Logistik'], holding: ['Holding'], shell: ['Trading', 'Capital', 'Finance'] }, suffix: ['SA', 'AG', 'Sàrl'] },
  en: { lead: ['Atlantic', 'Thames', 'Bay', 'Northgate', 'Harbour', 'Sterling'], trade: { mining: ['Resources', 'Mining'], gold: ['Precious Metals', 'Bullion', 'Gold Recovery', 'Metals'], general: ['Services', 'Properties', 'Logistics', 'Dental Supply'], holding: ['Holdings'], shell: ['Trading', 'Capital', 'Global'] }, suffix: ['Ltd', 'LLC', 'Inc.'] },
  in: { lead: ['Deccan', 'Zaveri', 'Coromandel', 'Malabar', 'Saurashtra'], trade: { mining: ['Minerals'], gold: ['Bullion', 'Gold Refinery', 'Jewels', 'Precious Metals'], general: ['Services', 'Realty', 'Logistics'], holding: ['Holdings'], shell: ['Exim', 'Trading', 'Global'] }, suffix: ['Pvt Ltd', 'Ltd'] },
  it: { lead: ['Arezzo', 'Valdarno', 'Toscana', 'Etruria'], trade: { mining: ['Minerali'], gold: ['Oreficeria', 'Metalli Preziosi', 'Recupero Metalli'], general: ['Servizi', 'Immobiliare'], holding: ['Holding'], shell: ['Trading', 'Capital'] }, suffix: ['S.p.A.', 'S.r.l.'] },
};
