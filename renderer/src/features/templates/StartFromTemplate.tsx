import { useEffect, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Alignment, Template } from '@shared/domain/model';
import {
  createFromTemplate,
  deleteTemplate,
  ensureBuiltInTemplates,
} from '../../db/commands/templates';
import { restoreDeleted } from '../../db/commands/softDelete';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import { deleteWithUndo, useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useFocusAfterClose } from '../../ui/useFocusAfterClose';
import { TemplateCard } from './TemplateCard';
import './templates.css';

export interface Props {
  cycleId: string;
  ownerId: string;
  alignedTo: Alignment | null;
  onDone: () => void;
}

/** "Start from template" in the New objective dialog: pick one, get a draft with its key results. */
export function StartFromTemplate({ cycleId, ownerId, alignedTo, onDone }: Props) {
  const open = useUi((s) => s.templatesOpen);
  const setOpen = useUi((s) => s.setTemplatesOpen);
  useEffect(() => {
    if (open) ensureBuiltInTemplates().catch(reportError);
  }, [open]);
  useEffect(() => () => useUi.getState().setTemplatesOpen(false), []);
  const templates = useLiveQuery(async () => live(await db.templates.toArray()), []);
  const sorted = useMemo(
    () =>
      [...(templates ?? [])].sort(
        (a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name),
      ),
    [templates],
  );
  const use = async (t: Template) => {
    try {
      const o = await createFromTemplate({ templateId: t.id, cycleId, ownerId, alignedTo });
      onDone();
      useUi.getState().select({ kind: 'objective', id: o.id });
      useUi.getState().toast(`Created “${o.title}” from the ${t.name} template`);
    } catch (err) {
      reportError(err);
    }
  };
  // Opening the list by hand moves focus to its first template (the button that was pressed is
  // gone); hiding it moves focus back to "Start from a template…".
  const list = useRef<HTMLUListElement>(null);
  const focusList = useRef(false);
  useEffect(() => {
    const first = list.current?.querySelector('button');
    if (!focusList.current || !first) return;
    focusList.current = false;
    first.focus();
  }, [open, sorted.length]);
  const openButton = useFocusAfterClose<HTMLButtonElement>(open);
  const remove = (t: Template) =>
    deleteWithUndo(`template “${t.name}”`, () => deleteTemplate(t.id), restoreDeleted).catch(
      reportError,
    );
  if (!open)
    return (
      <button
        ref={openButton}
        type="button"
        className="link templates__open"
        onClick={() => {
          focusList.current = true;
          setOpen(true);
        }}
      >
        Start from a template…
      </button>
    );
  return (
    <section className="templates" aria-label="Templates">
      <header className="templates__head">
        <h3>Start from a template</h3>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          Hide templates
        </button>
      </header>
      <p className="muted small">
        Each comes with key results that pass the coach. The owner and alignment chosen above apply.
      </p>
      <ul className="templates__list" ref={list}>
        {sorted.map((t) => (
          <TemplateCard
            key={t.id}
            template={t}
            onUse={use}
            onDelete={t.builtIn ? undefined : remove}
          />
        ))}
      </ul>
    </section>
  );
}
