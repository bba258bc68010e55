// The shortcuts sheet (Help): every shortcut, grouped by where it works.
import { Modal } from './Modal';
import { shortcutGroups } from './shortcuts';
import { T } from './strings';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title={T.shortcuts.title} onClose={onClose}>
      {shortcutGroups().map((g) => (
        <section key={g.title} className="fm-shortcut-group">
          <h3>{g.title}</h3>
          <dl className="fm-shortcuts">
            {g.items.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
