import { HostingPanel } from './HostingPanel';
import { useHosting } from './useHosting';

/** The app's hosting, kept current, in Settings. */
export function HostingSection() {
  return <HostingPanel hosting={useHosting()} />;
}
