// The application: opens storage, shows the welcome on first run, then the
// last case. Provides the services every screen uses (see app-context.tsx).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Host } from '../../host';
import type { Repositories } from '../../storage';
import type { AppSettings } from '../../storage';
import { isQuotaError } from '../../storage';
import { AppContext, useApp, type AppServices } from './app-context';
import { UndoStack } from './undo-stack';
import { createSampleCase } from './sample-case';
import { S } from './strings';
import { Welcome } from '../welcome/Welcome';
import { CaseScreen } from '../cases/CaseScreen';
import { DialogProvider, useDialogs } from '../shared/dialogs';
import { Toasts, type Toast } from '../shared/Toasts';
import { useCaseFiles } from '../export/use-case-files';
import { useBackupScheduler } from '../backups/use-backup-scheduler';
import { SettingsButton } from '../settings/SettingsDialog';

interface Props {
  repos: Repositories;
  host: Host;
}

export function App({ repos, host }: Props) {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const undo = useMemo(() => new UndoStack(), []);

  useEffect(() => {
    void repos.settings.all().then(setSettings);
  }, [repos]);

  const notify = useCallback((message: string, kind: 'info' | 'error' = 'info') => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t.slice(-3), { id, message, kind }]);
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), kind === 'error' ? 12000 : 4000);
  }, []);

  // A write that fails because the disk is full says so instead of failing silently;
  // the transaction rolled back, so what was saved before stays as it was.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (!isQuotaError(event.reason)) return;
      event.preventDefault();
      notify(S.errors.storageFull, 'error');
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notify]);

  const backups = useBackupScheduler(repos, host, notify);

  const updateSetting = useCallback(
    async <K extends keyof AppSettings>(key: K, value: AppSettings[K]) => {
      await repos.settings.set(key, value);
      setSettings((s) => (s ? { ...s, [key]: value } : s));
    },
    [repos],
  );

  const services: AppServices | null = useMemo(
    () =>
      settings && {
        repos,
        host,
        undo,
        reviewer: settings.reviewerName,
        setReviewer: (name) => void updateSetting('reviewerName', name),
        notify,
        backups,
      },
    [settings, repos, host, undo, notify, updateSetting, backups],
  );

  if (!settings || !services) return <div className="fm-loading" aria-busy="true" />;

  return (
    <AppContext.Provider value={services}>
      <DialogProvider>
        <Cases settings={settings} updateSetting={updateSetting} />
        <Toasts toasts={toasts} />
      </DialogProvider>
    </AppContext.Provider>
  );
}

function Cases({ settings, updateSetting }: { settings: AppSettings; updateSetting: <K extends keyof AppSettings>(k: K, v: AppSettings[K]) => Promise<void> }) {
  const { repos, undo, host } = useApp();
  const dialogs = useDialogs();
  const cases = useLiveQuery(() => repos.cases.list(), [repos]);

  const openCase = useCallback(
    async (id: string | null) => {
      undo.clear();
      await updateSetting('lastCaseId', id);
    },
    [undo, updateSetting],
  );

  // A case file opened on the welcome screen ends the welcome too.
  const { welcomeDone } = settings;
  const openOpenedCase = useCallback(
    (id: string) => void (welcomeDone ? Promise.resolve() : updateSetting('welcomeDone', true)).then(() => openCase(id)),
    [welcomeDone, updateSetting, openCase],
  );
  const caseFiles = useCaseFiles(openOpenedCase);
  // .factmark files opened from the OS (double-click, command line) arrive here, whatever the screen.
  const { openCaseFile } = caseFiles;
  useEffect(() => host.onOpenCaseFile((file) => void openCaseFile(file)), [host, openCaseFile]);

  const newCase = useCallback(async () => {
    const title = await dialogs.prompt(S.cases.namePrompt, '', 'Create');
    if (title === null) return;
    const c = await repos.cases.create(title || S.cases.untitled);
    await openCase(c.id);
  }, [dialogs, repos, openCase]);

  const finishWelcome = useCallback(
    async (name: string, sample: boolean) => {
      await updateSetting('reviewerName', name);
      const c = sample ? await createSampleCase(repos) : await repos.cases.create(S.cases.untitled);
      await updateSetting('welcomeDone', true);
      await openCase(c.id);
    },
    [repos, updateSetting, openCase],
  );

  if (!cases) return <div className="fm-loading" aria-busy="true" />;
  if (!settings.welcomeDone || cases.length === 0) {
    return (
      <>
        <Welcome
          initialName={settings.reviewerName}
          onSample={(n) => void finishWelcome(n, true)}
          onEmpty={(n) => void finishWelcome(n, false)}
          onOpenCaseFile={(n) => void updateSetting('reviewerName', n).then(() => openCaseFile())}
          settings={settings.welcomeDone && <SettingsButton onOpenCase={openOpenedCase} />}
        />
        {caseFiles.element}
      </>
    );
  }
  const current = cases.find((c) => c.id === settings.lastCaseId) ?? cases[0];
  return (
    <>
      <CaseScreen
        key={current.id}
        caseId={current.id}
        cases={cases}
        onSwitchCase={(id) => void openCase(id)}
        onNewCase={() => void newCase()}
        // Name the case to land on: left unnamed, the newest case would be shown, and a write
        // to another case (a restore) would switch the screen under the reviewer.
        onDeleted={() => void openCase(cases.find((c) => c.id !== current.id)?.id ?? null)}
        caseFiles={caseFiles}
      />
      {caseFiles.element}
    </>
  );
}
