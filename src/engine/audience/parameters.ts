/**
 * The model's default parameters, in one place so that docs/engine.md can
 * cite them. Rates are per exposure (one person seeing the reply once).
 * They are modelling assumptions tuned for face validity, not measurements of
 * any brand; sources are named where the literature gives a direction or size.
 */
export const PARAMETERS = {
  /** Share of a segment's followers whose timeline shows the reply, at best speed. */
  organicReach: 0.1,
  /** Reach kept by a slow reply: reach = organicReach × (slowReach + (1 − slowReach) × speed). */
  slowReach: 0.35,
  /** Minutes after which a reply has lost about two thirds of its timeliness (speed = e^(−delay/60)). */
  speedMinutes: 60,
  /** Likes per exposure for a reply the segment loves, before activity. */
  likeRate: 0.03,
  /** Replies per exposure, before activity, sentiment and invitation. */
  replyRate: 0.004,
  /** How much a question or call to answer multiplies replies (Wendy's, AMC: conversation draws replies). */
  invitationBoost: 3,
  /** Negative reactions are voiced more readily than positive ones (negativity bias). */
  negativeVoice: 1.5,
  /** Approving reshares per exposure for a reply the segment loves, before arousal. */
  reshareRate: 0.002,
  /**
   * Arousal raises sharing (Berger and Milkman, JMR 2012): humour, edge and
   * mockery multiply reshares by up to 1 + arousalBoost.
   */
  arousalBoost: 2,
  /** Angry quote-posts per exposure, relative to approving reshares. */
  outrageShare: 1.4,
  /**
   * An angry quote-post travels further than an approving reshare: moral and
   * out-group language raises sharing by about 20% a word (Brady et al., PNAS
   * 2017) and 67% (Rathje et al., PNAS 2021).
   */
  outrageReach: 1.6,
  /** New exposures that one reshare brings to people who did not see the reply. */
  fanout: 120,
  /** Follows per outsider exposure for a reply the segment loves. */
  followRate: 0.01,
  /** Unfollows per follower exposure for a reply the segment hates (Kwak et al., CHI 2011: unfollowing is common). */
  unfollowRate: 0.01,
  /** Appraisal is read as valence = tanh(appraisal / appraisalScale). */
  appraisalScale: 2.5,
  /** Edge past a segment's tolerance costs this much appraisal per unit. */
  offence: 4,
  /** How much an angry mood raises the worth of apology, accountability, explanation and warmth. */
  repairWhenAngry: 1.2,
  /** How much an angry mood lowers the worth of jokes and promotion. */
  levityWhenAngry: 1,
  /** How much a segment's trust tilts its appraisal. */
  trustTilt: 0.6,
  /** Trust gained or lost per unit of (non-privacy) appraisal. */
  trustFromAppraisal: 0.08,
  /** Trust lost per unit of exposure of customers' private behaviour. */
  trustFromPrivacy: 0.3,
  /** Trust lost per unit of mockery of customers. */
  trustFromMockery: 0.12,
  /** Trust lost by silence when a segment is angry, per unit of anger. */
  silenceCost: 0.06,
  /** Followers who leave a silent brand, per unit of anger. */
  silentUnfollowRate: 0.002,
  /** How much of a segment's mood carries into the next step. */
  moodMemory: 0.6,
  /** Share of the asker's segment's followers who read a public answer in a thread: the onlookers. */
  threadReach: 0.02,
  /**
   * How much a public answer in a thread moves its segment's trust and mood, against the post
   * itself (1): one person answered in view of a few, not a post to everyone.
   */
  threadWeight: 0.5,
  /** The same for an answer that moves the conversation to private messages: the onlookers see only that it moved. */
  privateThreadWeight: 0.3,
} as const;
