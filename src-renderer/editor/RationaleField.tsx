// The verdict rationale as the inspector shows it: the stored rich text drawn
// with the editor's own look (toolbar, classes, textbox role), turned into the
// Lexical editor (RationaleEditor) when the reviewer focuses or clicks it, with
// the caret where they clicked. Opening a claim then sets up no editor: that
// was most of the work of showing a claim in the inspector.
import { Fragment, useState, type ReactNode } from 'react';
import type { RichBlock, RichSpan, RichText } from '../core/model';
import { NOTHING_ACTIVE, RATIONALE_THEME, RationaleEditor, ToolbarButtons, type FocusAt, type RationaleProps } from './RationaleEditor';
import { isHttpUrl } from './rich-text';

export function RationaleField(props: RationaleProps) {
  const [editing, setEditing] = useState<FocusAt | null>(null);
  if (editing) return <RationaleEditor {...props} focusAt={editing} />;
  const atEnd = () => setEditing('end');
  return (
    <div className="fm-rt">
      <ToolbarButtons labels={props.labels} active={NOTHING_ACTIVE} on={{ bold: atEnd, italic: atEnd, link: atEnd, bullets: atEnd, numbers: atEnd, quote: atEnd }} />
      <div
        className="fm-rt-content"
        role="textbox"
        aria-label={props.labels.field}
        aria-multiline="true"
        tabIndex={0}
        onPointerDown={(e) => {
          // The editor takes the focus as it mounts, with the caret at this point.
          e.preventDefault();
          setEditing({ x: e.clientX, y: e.clientY });
        }}
        onFocus={atEnd}
      >
        <RichTextView rich={props.initial} />
      </div>
    </div>
  );
}

/** The rich text as the editor lays it out: the same elements and classes (links without their address: this is not the place to follow them). */
export function RichTextView({ rich }: { rich: RichText }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < rich.length; i++) {
    const block = rich[i];
    if (block.type === 'bullet' || block.type === 'number') {
      // Consecutive items of one kind make one list, as in the editor.
      const items: RichBlock[] = [];
      while (i < rich.length && rich[i].type === block.type) items.push(rich[i++]);
      i--;
      const List = block.type === 'bullet' ? 'ul' : 'ol';
      out.push(
        <List key={i} className={block.type === 'bullet' ? RATIONALE_THEME.list.ul : RATIONALE_THEME.list.ol}>
          {items.map((item, j) => (
            <li key={j} className={RATIONALE_THEME.list.listitem}>
              <Spans spans={item.children} />
            </li>
          ))}
        </List>,
      );
    } else if (block.type === 'quote') {
      out.push(
        <blockquote key={i} className={RATIONALE_THEME.quote}>
          <Spans spans={block.children} />
        </blockquote>,
      );
    } else {
      out.push(
        <p key={i} className={RATIONALE_THEME.paragraph}>
          <Spans spans={block.children} />
        </p>,
      );
    }
  }
  return out.length > 0 ? <>{out}</> : <p className={RATIONALE_THEME.paragraph} />;
}

function Spans({ spans }: { spans: RichSpan[] }) {
  return (
    <>
      {spans.map((span, i) => {
        if (!span.text) return null;
        let node: ReactNode = span.text;
        if (span.italic) node = <em className={RATIONALE_THEME.text.italic}>{node}</em>;
        if (span.bold) node = <strong className={RATIONALE_THEME.text.bold}>{node}</strong>;
        if (span.link && isHttpUrl(span.link))
          node = (
            <a className={RATIONALE_THEME.link} title={span.link}>
              {node}
            </a>
          );
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}
