// Tags as removable chips with a text box that suggests the case's tags.
// Enter or comma adds; Backspace in the empty box removes the last chip.
import { useId, useState } from 'react';
import { T } from './strings';

interface Props {
  tags: string[];
  suggestions: string[];
  /** The box got focus (the caller may refresh the suggestions then). */
  onFocus?(): void;
  onChange(tags: string[]): void;
}

export function TagInput({ tags, suggestions, onFocus, onChange }: Props) {
  const [text, setText] = useState('');
  const listId = useId();
  const inputId = useId();
  const add = (raw: string) => {
    const tag = raw.trim().replace(/,+$/, '').trim();
    setText('');
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag]);
  };
  return (
    <div className="fm-field">
      <label htmlFor={inputId}>
        <span className="fm-field-label">{T.details.tags}</span>
      </label>
      <div className="fm-tags">
        <ul className="fm-chips" aria-label={T.details.tags}>
          {tags.map((t) => (
            <li key={t} className="fm-chip">
              {t}
              <button type="button" className="fm-chip-remove" aria-label={T.details.removeTag(t)} onClick={() => onChange(tags.filter((x) => x !== t))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={inputId}
          className="fm-tag-input"
          list={listId}
          value={text}
          placeholder={T.details.addTag}
          onFocus={onFocus}
          onChange={(e) => {
            const v = e.target.value;
            // Picking a suggestion from the list fills the box with a known tag: add it at once.
            if (suggestions.includes(v) && v.length - text.length > 1) add(v);
            else setText(v);
          }}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ',') && text.trim()) {
              e.preventDefault();
              add(text);
            } else if (e.key === 'Backspace' && !text && tags.length) {
              onChange(tags.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && add(text)}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
    </div>
  );
}
