// A URL the reviewer can open in the system browser, only by clicking it and
// only for http(s); any other address shows as plain text.
import { isSafeExternalUrl } from '../../host/host';
import { useApp } from '../app/app-context';
import { T } from '../inspector/strings';

export function ExternalLink({ url, children }: { url: string; children?: React.ReactNode }) {
  const { host } = useApp();
  if (!isSafeExternalUrl(url)) return <span className="fm-plain-url">{children ?? url}</span>;
  return (
    <a
      href={url}
      className="fm-external"
      title={T.sources.openUrl(url)}
      onClick={(e) => {
        e.preventDefault();
        void host.openExternal(url);
      }}
    >
      {children ?? url}
    </a>
  );
}
