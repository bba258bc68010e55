// What a case-wide view shows before there is anything in it: what to do
// next, and a button to the Articles view where it starts.

interface Props {
  message: string;
  actionLabel: string;
  onAction(): void;
}

export function ViewEmptyState({ message, actionLabel, onAction }: Props) {
  return (
    <div className="fm-view-empty">
      <p className="fm-empty">{message}</p>
      <button type="button" className="fm-button fm-primary" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
