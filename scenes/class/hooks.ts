import type Phaser from 'phaser';
import { mustWaitForClass, type Classroom } from '../../src/class/client/service';
import { t } from '../../src/i18n';
import { Button } from '../ui/Button';
import { storeOf } from '../ui/registry';
import { stageOf } from '../ui/Stage';

const classroomOf = (scene: Phaser.Scene) => scene.registry.get('classroom') as Classroom | undefined;

/**
 * For the Feed: in a lockstep class, a decision the instructor has not
 * opened yet is not shown; the trainee waits on the ClassWait screen
 * instead. True when it sent them there.
 */
export function holdForClass(scene: Phaser.Scene): boolean {
  const classroom = classroomOf(scene);
  if (!classroom?.isClassRun()) return false;
  const position = storeOf(scene).getState().run?.decisions.length ?? 0;
  if (!mustWaitForClass(classroom.store.getState(), position)) return false;
  scene.scene.start('ClassWait');
  return true;
}

/** For the Debrief of a class run: a way back to the class (its next scenario, its leaderboard), by button or with C. */
export function addClassReturn(scene: Phaser.Scene): void {
  const classroom = classroomOf(scene);
  if (!classroom?.isClassRun()) return;
  const locale = storeOf(scene).getState().locale;
  const back = () => scene.scene.start('ClassLobby');
  const button = new Button(scene, 0, 0, `${t(locale, 'backToClass')} (C)`, back, {
    width: 250,
    height: 44,
    fontSize: 16,
    primary: true,
  });
  const stage = stageOf(scene);
  button.setPosition((stage?.width ?? scene.scale.width) - button.bw - (stage?.margin ?? 24), 12);
  scene.input.keyboard?.on('keydown-C', back);
}
