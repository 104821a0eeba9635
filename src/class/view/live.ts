import { classStream, type StreamStatus } from '../client/client';
import type { ClassEvent, ClassSnapshot } from '../../protocol/class-view';
import type { Locale } from '../../engine/schema/text';
import { t } from '../../i18n';
import { applyEvent } from './model';

/** The class view's live picture: the snapshot kept up to date by the stream, and the stream's status. */
export interface Live {
  snapshot: ClassSnapshot | null;
  status: StreamStatus;
}

/**
 * Connects to the session's live stream and calls `render` once per frame at
 * most, however many answers arrive: 200 trainees answering at once is one
 * repaint, not 200. The stream reconnects by itself; on reconnection the
 * server sends a fresh snapshot, so nothing missed while away is lost.
 */
export function connectLive(key: string, render: (live: Live) => void): () => void {
  const live: Live = { snapshot: null, status: { state: 'connecting' } };
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render(live);
    });
  };
  const stream = classStream('api/class/events', key, {
    event: (type, data) => {
      live.snapshot = applyEvent(live.snapshot, { type, data } as ClassEvent);
      schedule();
    },
    status: (status) => {
      live.status = status;
      schedule();
    },
  });
  schedule();
  return stream.close;
}

/** The status line's words. */
export function statusText(s: StreamStatus, locale: Locale): string {
  switch (s.state) {
    case 'connecting':
      return t(locale, 'cv.connecting');
    case 'live':
      return t(locale, 'cv.live');
    case 'reconnecting':
      return t(locale, 'cv.reconnecting');
    case 'refused':
      return t(locale, 'cv.refused', { error: s.error });
  }
}
