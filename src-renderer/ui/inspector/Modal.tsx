// A modal dialog frame for the inspector's dialogs (scale, sources,
// shortcuts): labelled, closes on Escape, returns focus where it was.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  wide?: boolean;
  children: ReactNode;
  footer?: ReactNode;
}

export function Modal({ title, onClose, wide, children, footer }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div
      className="fm-modal-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div ref={ref} tabIndex={-1} className={`fm-modal fm-dialog${wide ? ' fm-dialog-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="fm-dialog-head">
          <h2>{title}</h2>
          <button type="button" className="fm-icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="fm-dialog-body">{children}</div>
        {footer && <div className="fm-modal-actions">{footer}</div>}
      </div>
    </div>
  );
}
