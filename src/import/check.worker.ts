/**
 * The scenario checker in a Web Worker: a file the instructor opens is
 * checked here, off the page's thread, so that the game stays responsive
 * while it runs and a check that runs too long can be stopped (checker.ts).
 */
import '../shell/no-eval';
import { checkScenario } from '../engine';

/** What the worker is sent: a file's text and name. */
export interface CheckRequest {
  text: string;
  file: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (e) => scope.postMessage(checkScenario(e.data.text, e.data.file));
