import Phaser from 'phaser';

/** Renderers that emulate a GPU in software: there, Canvas 2D draws this game several times faster than WebGL. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The name of the browser's WebGL renderer, or null where WebGL is missing or hides it. */
export function webglRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/**
 * Which Phaser renderer to start: WebGL on a real GPU, Canvas 2D where WebGL
 * is emulated in software (virtual machines, remote desktops, headless
 * browsers) or absent. `?renderer=webgl` or `?renderer=canvas` forces one,
 * for comparing them.
 */
export function chooseRenderer(search = location.search): number {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'webgl') return Phaser.WEBGL;
  if (forced === 'canvas') return Phaser.CANVAS;
  const name = webglRenderer();
  return name === null || SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.AUTO;
}
