/**
 * Transcendental functions that give the same bits in every JavaScript engine.
 *
 * `Math.exp`, `Math.log`, `Math.cos`, `Math.tanh` and `**` are only required to
 * be approximately right, and V8 versions differ in the last bit (Node 20 and a
 * current Chromium disagreed on a third of the library's runs). The servers
 * replay a browser's run and compare, so the engine uses ports of FreeBSD's msun
 * (from stdlib) built on + − × ÷ alone, which IEEE 754 rounds the same everywhere.
 * `exp` is stdlib's, with a faster last step (see ./exp.ts): the same bits.
 */
import { exp } from './exp';
import ln from '@stdlib/math-base-special-ln';
import cos from '@stdlib/math-base-special-cos';
import tanh from '@stdlib/math-base-special-tanh';
import pow from '@stdlib/math-base-special-pow';

export { exp, ln, cos, tanh, pow };
