import { z } from 'zod';
import { withCode } from './problem';

/**
 * The named features a reply is reduced to. The engine never reads a reply's
 * words: authored choices declare these values, and free text gets them from
 * the text analyser. Every value is in [0, 1]; 0 means "absent".
 */
export const FEATURE_NAMES = [
  'humour',
  'edge',
  'warmth',
  'apology',
  'accountability',
  'explanation',
  'personalAddress',
  'invitation',
  'promotion',
  'mockery',
  'privacyExposure',
  'profanity',
  'platformFit',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A feature's strength, from 0 (absent) to 1 (strong). */
const unit = () => z.number().min(0, withCode('feature-range')).max(1, withCode('feature-range'));

/** A reply's features as authored: omitted features are absent (0). */
export const FeaturesSchema = z
  .strictObject({
    /** Wit, wordplay, a joke: 1 is a clear, well-landed joke. */
    humour: unit().optional(),
    /** How far the reply pushes taste (innuendo, dark jokes): 1 is plainly off-colour. */
    edge: unit().optional(),
    /** Warmth and empathy toward the person or the audience. */
    warmth: unit().optional(),
    /** An apology: 1 is a full, unhedged "we are sorry". */
    apology: unit().optional(),
    /** The brand owns the mistake ("we got this wrong") rather than blaming others. */
    accountability: unit().optional(),
    /** The reply says why ("because…", "here is why"). */
    explanation: unit().optional(),
    /** Speaks to a person: an @mention, "you". */
    personalAddress: unit().optional(),
    /** Invites an answer: a question, a call to reply. */
    invitation: unit().optional(),
    /** Links, prices, hard sell, the brand's own hashtags. */
    promotion: unit().optional(),
    /** Laughs at customers rather than with them. */
    mockery: unit().optional(),
    /** Reveals what identifiable customers did (viewing habits, counts of users). */
    privacyExposure: unit().optional(),
    /** Swearing and vulgar words. */
    profanity: unit().optional(),
    /** Suits the channel: length, tone and format that the platform rewards. */
    platformFit: unit().optional(),
  })
  .describe('The features the engine reads from this reply, each from 0 (absent) to 1 (strong).');

export type AuthoredFeatures = z.infer<typeof FeaturesSchema>;

/** A complete feature vector: every feature present. */
export type Features = Record<FeatureName, number>;

/**
 * Fills the features an author left out with 0. One literal, in the order of
 * FEATURE_NAMES (the order outcomes list them in): a tenth of the time of
 * thirteen keyed stores, and it runs at every step.
 */
export function completeFeatures(p: AuthoredFeatures): Features {
  return {
    humour: p.humour ?? 0,
    edge: p.edge ?? 0,
    warmth: p.warmth ?? 0,
    apology: p.apology ?? 0,
    accountability: p.accountability ?? 0,
    explanation: p.explanation ?? 0,
    personalAddress: p.personalAddress ?? 0,
    invitation: p.invitation ?? 0,
    promotion: p.promotion ?? 0,
    mockery: p.mockery ?? 0,
    privacyExposure: p.privacyExposure ?? 0,
    profanity: p.profanity ?? 0,
    platformFit: p.platformFit ?? 0,
  };
}
