// Short notices at the bottom of the window, read out by screen readers.
export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

export function Toasts({ toasts }: { toasts: Toast[] }) {
  return (
    <div className="fm-toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <p key={t.id} className={`fm-toast fm-toast-${t.kind}`}>
          {t.message}
        </p>
      ))}
    </div>
  );
}
