import { useMemo, useRef, useState } from 'react';
import {
  allActions,
  filterActions,
  runAction,
  shortcutLabel,
  whyUnavailable,
} from '../actions/registry';
import { useSyncStatus } from '../sync/active';
import { useUi } from '../store/ui';
import { reportError } from './errors';
import { useModal } from './useModal';

/** Ctrl/Cmd+K: every registered action, found by typing, run with Enter. */
export function Palette() {
  const close = () => useUi.getState().setPalette(false);
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useModal(ref, close);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => filterActions(allActions(), query).filter((a) => a.id !== 'app.palette'),
    [query],
  );
  // Re-read who may do what when the team's rights change while the palette is open.
  useSyncStatus();
  const run = (id: string) => {
    // A command this member may not run stays listed, disabled, with the reason beside it.
    if (whyUnavailable(id)) return;
    close();
    runAction(id).catch(reportError);
  };
  return (
    <dialog ref={ref} className="palette" aria-label="Command palette" {...modal}>
      <input
        autoFocus
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={results[active] ? `palette-${results[active].id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter' && results[active]) run(results[active].id);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands">
        {results.map((a, i) => {
          const blocked = whyUnavailable(a.id);
          return (
            <li
              key={a.id}
              id={`palette-${a.id}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={blocked ? true : undefined}
              title={blocked ?? undefined}
              className={
                [i === active && 'is-active', blocked && 'is-disabled'].filter(Boolean).join(' ') ||
                undefined
              }
              onMouseDown={(e) => {
                e.preventDefault();
                run(a.id);
              }}
            >
              <span>{a.label}</span>
              {blocked ? <span className="muted small">View only</span> : null}
              {a.shortcut ? <kbd>{shortcutLabel(a.shortcut)}</kbd> : null}
            </li>
          );
        })}
        {results.length === 0 ? <li className="muted">No command matches “{query}”</li> : null}
      </ul>
    </dialog>
  );
}
