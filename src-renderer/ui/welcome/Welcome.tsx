// First run: three steps that explain cases, claims and verdicts, the
// reviewer's name for the corrections log, and the sample case.
import { useState, type ReactNode } from 'react';
import { S } from '../app/strings';
import { XS } from '../export/strings';

interface Props {
  initialName: string;
  onSample(name: string): void;
  onEmpty(name: string): void;
  /** Opens a case bundle received from another reviewer. */
  onOpenCaseFile(name: string): void;
  /** The Settings button: with every case deleted, the way back to the automatic backups. */
  settings?: ReactNode;
}

export function Welcome({ initialName, onSample, onEmpty, onOpenCaseFile, settings }: Props) {
  const [name, setName] = useState(initialName);
  return (
    <main className="fm-welcome" aria-labelledby="fm-welcome-title">
      <h1 id="fm-welcome-title">{S.welcome.title}</h1>
      <p className="fm-welcome-intro">{S.welcome.intro}</p>
      <ol className="fm-steps">
        {S.welcome.steps.map(([title, text], i) => (
          <li key={title}>
            <span className="fm-step-number" aria-hidden="true">
              {i + 1}
            </span>
            <h2>{title}</h2>
            <p>{text}</p>
          </li>
        ))}
      </ol>
      <label className="fm-field fm-welcome-name">
        <span>{S.welcome.reviewerLabel}</span>
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="fm-welcome-actions">
        <button type="button" className="fm-button fm-primary" onClick={() => onSample(name.trim())}>
          {S.welcome.openSample}
        </button>
        <button type="button" className="fm-button" onClick={() => onEmpty(name.trim())}>
          {S.welcome.startEmpty}
        </button>
        <button type="button" className="fm-button fm-quiet" onClick={() => onOpenCaseFile(name.trim())}>
          {XS.openCaseFile}
        </button>
        {settings}
      </div>
    </main>
  );
}
