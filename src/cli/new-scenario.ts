/**
 * Starts a scenario from a template: `npm run new-scenario -- <id>` writes
 * scenarios/<id>.json, valid and playable at once, for the instructor to
 * rewrite (see docs/authoring.md).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenario } from '../engine';
import { formatProblem } from '../i18n/problems';
import { answerHelp } from './help';

const USAGE = `
usage: npm run new-scenario -- <id> [folder]

  Writes <folder>/<id>.json (scenarios/ by default): a small scenario, valid
  and playable at once, every field of which is a prompt for your own case.
  The id is lowercase letters, digits and dashes, such as "broken-order".
  Then edit it, check it (npm run check) and balance it (npm run simulate);
  docs/authoring.md explains every field.
`;
answerHelp(process.argv.slice(2), USAGE);

const [id, folder = 'scenarios'] = process.argv.slice(2);

/** A small scenario every field of which is a prompt for the instructor's own case. */
function template(id: string): object {
  return {
    $schema: './scenario.schema.json',
    schemaVersion: 1,
    id,
    version: 1,
    locales: ['en'],
    title: 'A customer posts a complaint',
    summary: 'One line that tells trainees what the case is about.',
    year: new Date().getFullYear(),
    difficulty: 1,
    minutes: 5,
    sources: [
      {
        publication: 'Where the case was reported (or "Invented for training")',
        title: "The article's title, if it has one",
        date: `${new Date().getFullYear()}`,
        language: 'en',
      },
    ],
    brand: {
      name: 'Your Brand',
      handle: '@yourbrand',
      color: '#2f6fed',
      followers: 250000,
      followersIllustrative: true,
      voice: {
        description: 'How the brand sounds: friendly, quick, a little playful.',
        humour: 0.4,
        edge: 0.1,
        warmth: 0.8,
        promotion: 0.2,
      },
    },
    audience: {
      segments: [
        { preset: 'loyal-customers', share: 0.5 },
        { preset: 'young-irreverent', share: 0.2 },
        { preset: 'media', share: 0.1 },
        { preset: 'wider-public', share: 0.2 },
      ],
    },
    briefing: 'What the trainee needs to know before the feed opens: the brand, the moment, what is at stake.',
    start: 'the-complaint',
    steps: [
      {
        id: 'the-complaint',
        title: 'A complaint goes viral',
        at: 0,
        situation: 'A customer with many followers says their order arrived broken, and people are sharing it.',
        feed: [
          {
            author: 'Sam Customer',
            handle: '@samcustomer',
            minutesAgo: 12,
            text: 'Third broken order this month. @yourbrand do you even care?',
            likes: 840,
            reshares: 210,
            replies: 96,
          },
        ],
        prompt: 'How does the brand answer?',
        choices: [
          {
            id: 'own-it',
            label: 'Apologise, explain and fix it',
            post: "@samcustomer We're sorry, that's on us: a packing line was misaligned this month. We're sending a new order today and fixing the line. DM us your order number?",
            delayMinutes: 20,
            features: {
              apology: 0.9,
              accountability: 0.9,
              explanation: 0.7,
              warmth: 0.6,
              personalAddress: 1,
              invitation: 0.6,
              platformFit: 0.8,
            },
            next: 'debrief',
            lesson: 'follows',
          },
          {
            id: 'joke',
            label: 'Make light of it',
            post: '@samcustomer Our boxes are just really into modern art 🎨',
            delayMinutes: 5,
            features: { humour: 0.7, mockery: 0.4, personalAddress: 1, platformFit: 0.9 },
            next: 'debrief',
            lesson: 'against',
          },
          {
            id: 'promote',
            label: 'Post a discount code instead',
            post: 'Flash sale! 20% off everything with code SORRY20 🛍️ #YourBrand',
            delayMinutes: 30,
            features: { promotion: 1, platformFit: 0.5 },
            next: 'debrief',
            lesson: 'against',
          },
          { id: 'wait', label: 'Say nothing for now', silent: true, next: 'debrief', lesson: 'misses' },
        ],
        freeText: { next: 'debrief', delayMinutes: 15 },
      },
    ],
    debrief: {
      outcome: 'What really happened, as the sources report it; or, for an invented case, what usually happens.',
      lesson: 'The one thing the trainee should remember.',
      rewards: { apology: 1, accountability: 1.5, personalAddress: 1, speed: 1, promotion: -1.5 },
    },
  };
}

if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
  console.error(USAGE.trim());
  process.exit(2);
}
const file = join(folder, `${id}.json`);
if (existsSync(file)) {
  console.error(`new-scenario: ${file} already exists; choose another id or edit that file`);
  process.exit(1);
}
const text = `${JSON.stringify(template(id), null, 2)}\n`;
// The template must pass the checker it advertises.
const { problems } = checkScenario(text, file);
if (problems.length > 0)
  throw new Error(`the template is broken:\n${problems.map((p) => formatProblem(p)).join('\n')}`);
writeFileSync(file, text);
console.log(`wrote ${file}: playable now. Edit it (your editor checks it against scenarios/scenario.schema.json as you type), then run:
  npm run check -- ${file}
  npm run simulate -- --scenario ${file} --paths
See docs/authoring.md for every field.`);
