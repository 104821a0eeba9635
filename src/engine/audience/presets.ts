/**
 * Ready-made audience segments an author can start from: `{ "preset":
 * "families", "share": 0.2 }` takes everything else from here, and any field
 * given beside `preset` overrides it. Values are modelling defaults for a
 * consumer brand, not measurements.
 */
export const SEGMENT_PRESETS = {
  'young-irreverent': {
    name: {
      en: 'Young fans who like irreverence',
      fr: "Jeunes fans friands d'irrévérence",
      it: "Giovani fan amanti dell'irriverenza",
    },
    outside: 1.5,
    activity: 0.8,
    tolerance: 0.6,
    values: { humour: 2, edge: 1, personalAddress: 1, speed: 1.5, voice: 1, promotion: -1.5 },
  },
  'loyal-customers': {
    name: { en: 'Loyal customers', fr: 'Clients fidèles', it: 'Clienti fedeli' },
    outside: 0.3,
    activity: 0.5,
    tolerance: 0.45,
    values: { humour: 1, voice: 1.5, warmth: 1, explanation: 1, accountability: 1, promotion: -0.5, mockery: -1 },
  },
  families: {
    name: { en: 'Families', fr: 'Familles', it: 'Famiglie' },
    outside: 0.8,
    activity: 0.4,
    tolerance: 0.2,
    values: { humour: 0.8, warmth: 1.2, profanity: -2, promotion: -0.3, mockery: -1 },
  },
  media: {
    name: {
      en: 'Journalists and media analysts',
      fr: 'Journalistes et analystes des médias',
      it: 'Giornalisti e analisti dei media',
    },
    outside: 0.4,
    activity: 0.9,
    tolerance: 0.5,
    values: { humour: 1, speed: 1.5, voice: 1, promotion: -1, accountability: 1, privacyExposure: -1.5, mockery: -1 },
  },
  'privacy-minded': {
    name: {
      en: 'Privacy-minded users',
      fr: 'Utilisateurs soucieux de leur vie privée',
      it: 'Utenti attenti alla privacy',
    },
    outside: 1,
    activity: 0.7,
    tolerance: 0.3,
    values: { privacyExposure: -2, mockery: -1.5, humour: 0.5, accountability: 1 },
  },
  'wider-public': {
    name: { en: 'The wider public', fr: 'Grand public', it: 'Grande pubblico' },
    outside: 4,
    activity: 0.3,
    tolerance: 0.4,
    values: { humour: 1.5, personalAddress: 0.5, promotion: -1, speed: 0.5 },
  },
} as const;

export type SegmentPreset = keyof typeof SEGMENT_PRESETS;
