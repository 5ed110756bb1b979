/**
 * Loads a module of the app that may not exist yet. Measures name their module through
 * `import.meta.glob`, which is empty when the file is missing: the bench page still builds,
 * and the measure reports what is missing instead of a number.
 */
export async function optional<T>(
  found: Record<string, () => Promise<unknown>>,
): Promise<T | null> {
  const load = Object.values(found)[0];
  return load ? ((await load()) as T) : null;
}

export const missing = (path: string) => ({ missing: `${path} missing` });
