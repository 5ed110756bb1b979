import { ACTIONS } from '@shared/menu';
import { runAction, shortcutLabel } from '../../actions/registry';
import { reportError } from '../../ui/errors';
import './empty.css';

export interface Props {
  cycleName: string;
  /** A closed cycle takes no new objectives: it only says it has none. */
  closed: boolean;
  /** The sidebar shows one unit's subtree: the cycle may have objectives elsewhere. */
  scopeName?: string | undefined;
}

/**
 * The list of a cycle without objectives: what goes in one, and the ways to start — typing
 * one, a template, importing the company's from Markdown or a spreadsheet, or the sample.
 */
export function ObjectivesEmpty({ cycleName, closed, scopeName }: Props) {
  const run = (id: string) => () => void runAction(id).catch(reportError);
  return (
    <div className="empty objectives-empty">
      <p>
        {scopeName
          ? `No objectives for ${scopeName} in ${cycleName}.`
          : `No objectives in ${cycleName}${closed ? '' : ' yet'}.`}
      </p>
      {scopeName ? (
        <p className="muted">
          The sidebar’s <strong>Show</strong> narrows this list; choose Everyone to see the whole
          cycle.
        </p>
      ) : null}
      {closed ? null : (
        <>
          <p className="muted">
            Start with what you want to achieve — a clear, inspiring direction. Numbers go into key
            results. <kbd>{shortcutLabel(ACTIONS.newObjective.shortcut!)}</kbd> starts one from
            anywhere.
          </p>
          <div className="row objectives-empty__starts">
            <button type="button" onClick={run(ACTIONS.newFromTemplate.id)}>
              Start from a template
            </button>
            <button type="button" onClick={run(ACTIONS.importText.id)}>
              Import from Markdown or CSV…
            </button>
            {scopeName ? null : (
              <button type="button" onClick={run(ACTIONS.loadSample.id)}>
                Load the sample workspace
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
