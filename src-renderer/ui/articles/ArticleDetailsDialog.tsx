// Edits an article's metadata (title, outlet, author, URL, date, language)
// after import.
import { useState } from 'react';
import type { Article } from '../../core/model';
import type { ArticleMetadata } from '../../storage';
import { AS } from './strings';

interface Props {
  article: Article;
  onSave(patch: ArticleMetadata): void;
  onClose(): void;
}

const FIELDS: (keyof ArticleMetadata)[] = ['title', 'outlet', 'author', 'url', 'publishedDate', 'language'];

export function ArticleDetailsDialog({ article, onSave, onClose }: Props) {
  const [values, setValues] = useState<ArticleMetadata>(() => ({
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    publishedDate: article.publishedDate,
    language: article.language,
  }));
  return (
    <div className="fm-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="fm-modal"
        role="dialog"
        aria-modal="true"
        aria-label={AS.detailsTitle}
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ ...values, title: values.title.trim(), url: values.url.trim() });
        }}
      >
        <h2>{AS.detailsTitle}</h2>
        {FIELDS.map((f) => (
          <label key={f} className="fm-field">
            <span>{AS.fields[f]}</span>
            <input
              type={f === 'publishedDate' ? 'date' : f === 'url' ? 'url' : 'text'}
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
            />
          </label>
        ))}
        <div className="fm-modal-actions">
          <button type="button" className="fm-button" onClick={onClose}>
            {AS.cancel}
          </button>
          <button type="submit" className="fm-button fm-primary">
            {AS.saveDetails}
          </button>
        </div>
      </form>
    </div>
  );
}
