// In-app prompt and confirm dialogs (Electron has no window.prompt, and the
// native ones block the renderer). `useDialogs()` returns promise-based calls.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

interface PromptRequest {
  kind: 'prompt' | 'confirm';
  title: string;
  message?: string;
  initial?: string;
  confirmLabel: string;
  danger?: boolean;
  resolve(value: string | null): void;
}

interface Dialogs {
  prompt(title: string, initial?: string, confirmLabel?: string): Promise<string | null>;
  confirm(title: string, message: string, confirmLabel?: string, danger?: boolean): Promise<boolean>;
}

const DialogContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const d = useContext(DialogContext);
  if (!d) throw new Error('useDialogs outside DialogProvider');
  return d;
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<PromptRequest | null>(null);
  const prompt = useCallback(
    (title: string, initial = '', confirmLabel = 'OK') =>
      new Promise<string | null>((resolve) => setRequest({ kind: 'prompt', title, initial, confirmLabel, resolve })),
    [],
  );
  const confirm = useCallback(
    (title: string, message: string, confirmLabel = 'OK', danger = false) =>
      new Promise<boolean>((resolve) => setRequest({ kind: 'confirm', title, message, confirmLabel, danger, resolve: (v) => resolve(v !== null) })),
    [],
  );
  const close = (value: string | null) => {
    request?.resolve(value);
    setRequest(null);
  };
  return (
    <DialogContext.Provider value={{ prompt, confirm }}>
      {children}
      {request && <DialogView request={request} onClose={close} />}
    </DialogContext.Provider>
  );
}

function DialogView({ request, onClose }: { request: PromptRequest; onClose(v: string | null): void }) {
  const [value, setValue] = useState(request.initial ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (request.kind === 'prompt') inputRef.current?.select();
    else okRef.current?.focus();
  }, [request.kind]);
  return (
    <div className="fm-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose(null)}>
      <form
        className="fm-modal"
        role="dialog"
        aria-modal="true"
        aria-label={request.title}
        onSubmit={(e) => {
          e.preventDefault();
          onClose(request.kind === 'prompt' ? value : 'ok');
        }}
      >
        <h2>{request.title}</h2>
        {request.message && <p>{request.message}</p>}
        {request.kind === 'prompt' && <input ref={inputRef} aria-label={request.title} value={value} onChange={(e) => setValue(e.target.value)} />}
        <div className="fm-modal-actions">
          <button type="button" className="fm-button" onClick={() => onClose(null)}>
            Cancel
          </button>
          <button ref={okRef} type="submit" className={`fm-button ${request.danger ? 'fm-danger' : 'fm-primary'}`}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
