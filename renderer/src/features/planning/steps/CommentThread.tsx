import { useState } from 'react';
import type { Comment } from '@shared/domain/model';
import { addComment, deleteComment } from '../../../db/commands/planning';
import { restoreDeleted } from '../../../db/commands/softDelete';
import { ValidationError } from '../../../db/records';
import { deleteWithUndo } from '../../../store/ui';
import { reportError } from '../../../ui/errors';
import { possessive } from '@shared/format';

export interface Props {
  objectiveId: string;
  title: string;
  comments: readonly Comment[];
  author: string;
}

/** Management's discussion of one proposal. */
export function CommentThread({ objectiveId, title, comments, author }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    try {
      await addComment(objectiveId, author, text);
      setText('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(Object.values(err.errors).join('; '));
      else reportError(err);
    }
  };
  return (
    <div className="comments">
      {comments.length ? (
        <ul className="comments__list" aria-label={`Discussion of “${title}”`}>
          {comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong>: {c.text}{' '}
              <button
                type="button"
                className="link small"
                aria-label={`Delete ${possessive(c.author)} comment`}
                onClick={() =>
                  void deleteWithUndo('comment', () => deleteComment(c.id), restoreDeleted).catch(
                    reportError,
                  )
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="comments__form"
        onSubmit={(e) => (e.preventDefault(), void send())}
        noValidate
      >
        <input
          aria-label={`Comment on “${title}”`}
          placeholder={
            author.trim() ? `Comment as ${author.trim()}` : 'Type your name above to comment'
          }
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!!error}
        />
        <button type="submit">Comment</button>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
