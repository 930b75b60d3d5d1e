/**
 * The public bodies of each producing country whose officials approve mining concessions and
 * export licences, and the customs service that records exports and seizures (real institution
 * names; every person working in them is invented).
 */

export interface Agencies {
  mining: string;
  customs: string;
  police: string;
}

export const AGENCIES: Record<string, Agencies> = {
  PE: {
    mining: 'Ministerio de Energía y Minas – DGFM',
    customs: 'SUNAT – Aduanas',
    police: 'Policía Nacional – DIRMEAMB',
  },
  BR: {
    mining: 'Agência Nacional de Mineração',
    customs: 'Receita Federal – Aduana',
    police: 'Polícia Federal',
  },
  CO: { mining: 'Agencia Nacional de Minería', customs: 'DIAN', police: 'Policía Nacional – DICAR' },
  VE: { mining: 'Ministerio de Desarrollo Minero Ecológico', customs: 'SENIAT', police: 'CICPC' },
  BO: {
    mining: 'Autoridad Jurisdiccional Administrativa Minera',
    customs: 'Aduana Nacional',
    police: 'FELCN',
  },
  EC: {
    mining: 'Agencia de Regulación y Control Minero',
    customs: 'SENAE',
    police: 'Policía Nacional – UIMA',
  },
  GY: { mining: 'Guyana Geology and Mines Commission', customs: 'Guyana Revenue Authority', police: 'SOCU' },
  SR: {
    mining: 'Ministerie van Natuurlijke Hulpbronnen',
    customs: 'Douane Suriname',
    police: 'Korps Politie Suriname',
  },
  ZA: {
    mining: 'Department of Mineral Resources and Energy',
    customs: 'SARS Customs',
    police: 'SAPS – Hawks',
  },
  ZW: { mining: 'Ministry of Mines and Mining Development', customs: 'ZIMRA', police: 'ZRP – Minerals Unit' },
  GH: { mining: 'Minerals Commission', customs: 'GRA Customs', police: 'Ghana Police – CID' },
  ML: {
    mining: 'Direction Nationale de la Géologie et des Mines',
    customs: 'Douanes du Mali',
    police: 'Police Nationale',
  },
  BF: {
    mining: 'Ministère de l’Énergie, des Mines et des Carrières',
    customs: 'Douanes du Burkina',
    police: 'Police Nationale',
  },
  SD: {
    mining: 'Sudanese Mineral Resources Company',
    customs: 'Sudan Customs Authority',
    police: 'Sudan Police',
  },
  CD: {
    mining: 'CEEC – Centre d’Expertise, d’Évaluation et de Certification',
    customs: 'DGDA',
    police: 'PNC – Police des Mines',
  },
  UG: {
    mining: 'Directorate of Geological Survey and Mines',
    customs: 'URA Customs',
    police: 'Uganda Police – CID',
  },
  TZ: { mining: 'Mining Commission', customs: 'TRA Customs', police: 'Tanzania Police Force' },
  AE: { mining: 'Ministry of Economy', customs: 'Dubai Customs', police: 'Dubai Police' },
  PA: { mining: 'MICI', customs: 'Autoridad Nacional de Aduanas', police: 'Policía Nacional' },
  CW: {
    mining: 'Ministry of Economic Development',
    customs: 'Douane Curaçao',
    police: 'Korps Politie Curaçao',
  },
  HK: {
    mining: 'Trade and Industry Department',
    customs: 'Customs and Excise Department',
    police: 'Hong Kong Police',
  },
  TR: { mining: 'MAPEG', customs: 'Ticaret Bakanlığı – Gümrük', police: 'KOM' },
  CH: { mining: 'FOCBS – Precious Metals Control', customs: 'FOCBS', police: 'fedpol' },
  GB: { mining: 'HMRC', customs: 'Border Force', police: 'National Crime Agency' },
  US: { mining: 'FinCEN', customs: 'CBP', police: 'HSI' },
  IN: { mining: 'Ministry of Mines', customs: 'DRI', police: 'Enforcement Directorate' },
  IT: { mining: 'Ministero delle Imprese', customs: 'Agenzia delle Dogane', police: 'Guardia di Finanza' },
  MX: { mining: 'Secretaría de Economía', customs: 'ANAM', police: 'FGR' },
};

export const agenciesOf = (iso: string): Agencies =>
  AGENCIES[iso] ?? { mining: 'Ministry of Mines', customs: 'Customs', police: 'Police' };
