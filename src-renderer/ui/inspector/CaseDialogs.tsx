// The case-wide dialogs the inspector and the top bar open (rating scale,
// sources, shortcuts), the top-bar buttons that open them, and the ways to
// reach the shortcuts sheet: "?" outside text fields and the Help menu.
import { useEffect } from 'react';
import type { Case } from '../../core/model';
import { useApp } from '../app/app-context';
import { isTypingTarget } from '../shared/keyboard';
import { ScaleEditor } from '../scale/ScaleEditor';
import { SourcesDialog } from '../sources/SourcesDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import type { InspectorDialog } from './ClaimInspector';
import { T } from './strings';

export function CaseDialogs({ theCase, dialog, onDialog }: { theCase: Case; dialog: InspectorDialog | null; onDialog(d: InspectorDialog | null): void }) {
  const { host } = useApp();
  useEffect(() => host.onMenuCommand((c) => c === 'shortcuts' && onDialog('shortcuts')), [host, onDialog]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target) && !document.querySelector('[role="dialog"]')) {
        e.preventDefault();
        onDialog('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDialog]);
  const close = () => onDialog(null);
  if (dialog === 'scale') return <ScaleEditor theCase={theCase} onClose={close} />;
  if (dialog === 'sources') return <SourcesDialog caseId={theCase.id} onClose={close} />;
  if (dialog === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  return null;
}

export function CaseToolButtons({ onDialog }: { onDialog(d: InspectorDialog): void }) {
  return (
    <>
      <button type="button" className="fm-button fm-quiet" onClick={() => onDialog('scale')}>
        {T.scale.open}
      </button>
      <button type="button" className="fm-button fm-quiet" onClick={() => onDialog('sources')}>
        {T.evidence.manageSources}
      </button>
      <button type="button" className="fm-icon-button" aria-label={T.shortcuts.open} title={`${T.shortcuts.open} (?)`} onClick={() => onDialog('shortcuts')}>
        ?
      </button>
    </>
  );
}
