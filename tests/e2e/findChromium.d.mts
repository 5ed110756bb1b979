export function systemChromiumPaths(
  platform: string,
  env?: Record<string, string | undefined>,
): string[];
export function findChromium(opts?: {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (path: string) => boolean;
  playwrightChromium?: () => string | undefined;
}): { path: string; source: string } | { path: null; tried: string[] };
export const HOW_TO_GET_CHROMIUM: string;
