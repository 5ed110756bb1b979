import { SETTING, setSetting } from '../../db/bootstrap';
import { loadSampleWorkspace } from '../../db/commands/sample';
import { Dialog } from '../../ui/Dialog';
import { reportError } from '../../ui/errors';

export interface Props {
  cycleId: string;
}

/** First launch: start from the sample workspace or from an empty one. */
export function Welcome({ cycleId }: Props) {
  const done = () => setSetting(SETTING.onboarding, 'done').catch(reportError);
  return (
    <Dialog title="Welcome to Cairn" onClose={done}>
      <p>
        Cairn has made <strong>My company</strong>, a person for you (<strong>Me</strong>) and the
        current quarter. Everything stays on this computer.
      </p>
      <p>Would you like a sample workspace to look around, or start with a clean slate?</p>
      <div className="dialog__actions">
        <button type="button" onClick={done}>
          Start empty
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => loadSampleWorkspace(cycleId).catch(reportError)}
        >
          Load the sample workspace
        </button>
      </div>
    </Dialog>
  );
}
