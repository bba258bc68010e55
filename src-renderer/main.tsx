// Renderer entry: picks the host, opens the database and mounts the app.
import { createRoot } from 'react-dom/client';
import { detectHost } from './host';
import { openRepositories } from './storage';
import { App } from './ui/app/App';
import { S } from './ui/app/strings';
import './ui/styles.css';

const root = createRoot(document.getElementById('root')!);
const host = detectHost();

async function start(): Promise<void> {
  const repos = openRepositories();
  try {
    await repos.db.open();
  } catch (error) {
    console.error(error);
    root.render(<p className="fm-fatal">{S.errors.storage}</p>);
    return;
  }
  // Ask the browser not to evict the reviewer's work under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  root.render(<App repos={repos} host={host} />);
}

void start();
