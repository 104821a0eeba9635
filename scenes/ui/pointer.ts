/**
 * Whether the player's main pointer is a finger (a phone, a tablet): hints
 * about keys and about dropping files mean nothing there.
 */
export function touchFirst(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
