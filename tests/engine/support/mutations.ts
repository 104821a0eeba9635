import fc from 'fast-check';

/**
 * Random damage to a valid scenario, as an instructor's editor (or a careless
 * paste) might do it: a value replaced, a field deleted, an unknown field added.
 */

/** Every path to a value in a JSON tree. */
export function paths(node: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node)) return [at, ...node.flatMap((v, i) => paths(v, [...at, i]))];
  if (node && typeof node === 'object') return [at, ...Object.entries(node).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

/** One mutation at a random path of `data`'s tree. */
export function mutations(data: unknown) {
  const allPaths = paths(data).filter((p) => p.length > 0);
  return fc.oneof(
    fc.record({
      kind: fc.constant('replace' as const),
      path: fc.constantFrom(...allPaths),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...allPaths) }),
    fc.record({
      kind: fc.constant('add' as const),
      path: fc.constantFrom(...allPaths),
      key: fc.string({ maxLength: 12 }),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
  );
}
export type Mutation = ReturnType<typeof mutations> extends fc.Arbitrary<infer T> ? T : never;

/** `base` with one mutation applied (a copy). */
export function mutate(base: unknown, m: Mutation): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  // An earlier mutation may have removed the path: then this one does nothing.
  const parent = m.path
    .slice(0, -1)
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined),
      copy,
    ) as Record<string | number, unknown> | unknown[] | undefined;
  if (!parent || typeof parent !== 'object') return copy;
  const last = m.path.at(-1)!;
  if (m.kind === 'replace') (parent as Record<string | number, unknown>)[last] = m.value;
  else if (m.kind === 'delete')
    Array.isArray(parent) ? parent.splice(Number(last), 1) : delete (parent as Record<string, unknown>)[last];
  else {
    const target = (parent as Record<string | number, unknown>)[last];
    if (target && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[m.key] = m.value;
  }
  return copy;
}
