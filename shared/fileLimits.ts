/**
 * The largest file Cairn opens: 100 MB, in the decimal megabytes file managers show, so the
 * size a person sees beside the file and the limit in the message agree. Both hosts check
 * it before reading; `restore` checks the text again.
 */
export const MAX_OPEN_BYTES = 100 * 1000 * 1000;
export const MAX_OPEN_LABEL = '100 MB';

/** Why a file over the limit is refused, naming it and the limit. */
export function tooLargeMessage(name: string, bytes: number): string {
  // Rounded up, so a file just over the limit never reads as exactly the limit.
  const mb = (Math.ceil(bytes / 1e5) / 10).toLocaleString('en');
  return `${name} is ${mb} MB; Cairn opens files up to ${MAX_OPEN_LABEL}`;
}
