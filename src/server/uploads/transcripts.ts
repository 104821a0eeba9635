import { TranscriptSchema } from '../../engine';

/**
 * A stored run's decisions as two CSV cells: the path of choices
 * ("step=choice" joined by " > ", a written reply as "step=written") and the
 * written replies ("step: text", one per line), for the instructor's reading.
 */
export function choicesOf(transcriptJson: string): { choices: string; replies: string } {
  const parsed = TranscriptSchema.safeParse(JSON.parse(transcriptJson));
  if (!parsed.success) return { choices: '', replies: '' };
  const decisions = parsed.data.decisions;
  return {
    choices: decisions
      .map((d) => ('text' in d ? `${d.step}=written` : `${d.step}=${d.choice}${d.timedOut ? ' (timed out)' : ''}`))
      .join(' > '),
    replies: decisions.flatMap((d) => ('text' in d ? [`${d.step}: ${d.text}`] : [])).join('\n'),
  };
}
