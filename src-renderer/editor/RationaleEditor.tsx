// The verdict rationale editor: a small Lexical rich-text field with a
// toolbar (bold, italic, http(s) links, bulleted and numbered lists, quote).
// It reads and writes core RichText through ./rich-text.ts. The inspector
// shows it through RationaleField, which mounts it once the reviewer edits.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode, $isQuoteNode, QuoteNode } from '@lexical/rich-text';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, REMOVE_LIST_COMMAND, $isListNode } from '@lexical/list';
import { $isLinkNode, LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type EditorState } from 'lexical';
import type { RichText } from '../core/model';
import { $readRichText, $writeRichText, isHttpUrl } from './rich-text';

export interface RationaleEditorLabels {
  field: string;
  toolbar: string;
  bold: string;
  italic: string;
  link: string;
  bullets: string;
  numbers: string;
  quote: string;
}

export interface RationaleProps {
  initial: RichText;
  labels: RationaleEditorLabels;
  onChange(rich: RichText): void;
  /** Asks the reviewer for a link address; null when cancelled. */
  askUrl(): Promise<string | null>;
}

/** Where the caret goes when the editor mounts focused: at a point on screen (where the reviewer clicked), or at the end. */
export type FocusAt = { x: number; y: number } | 'end';

export const RATIONALE_THEME = {
  paragraph: 'fm-rt-p',
  quote: 'fm-rt-quote',
  list: { ul: 'fm-rt-ul', ol: 'fm-rt-ol', listitem: 'fm-rt-li' },
  link: 'fm-rt-link',
  text: { bold: 'fm-rt-bold', italic: 'fm-rt-italic' },
};

export function RationaleEditor({ initial, labels, onChange, askUrl, focusAt }: RationaleProps & { focusAt?: FocusAt }) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'factmark-rationale',
      theme: RATIONALE_THEME,
      nodes: [QuoteNode, ListNode, ListItemNode, LinkNode],
      onError: (e: Error) => console.error(e),
      editorState: () => $writeRichText(initial),
    }),
    // The editor owns its content after the first render (callers key it by claim).
    [],
  );
  const handleChange = useCallback((state: EditorState) => onChange(state.read(() => $readRichText())), [onChange]);
  return (
    <div className="fm-rt">
      <LexicalComposer initialConfig={initialConfig}>
        <Toolbar labels={labels} askUrl={askUrl} />
        <RichTextPlugin
          contentEditable={<ContentEditable className="fm-rt-content" aria-label={labels.field} aria-multiline="true" role="textbox" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isHttpUrl} />
        <OnChangePlugin onChange={handleChange} ignoreSelectionChange />
        {focusAt && <FocusOnMount at={focusAt} />}
      </LexicalComposer>
    </div>
  );
}

/** Focuses the editor as it mounts, with the caret where the reviewer clicked (or at the end). */
function FocusOnMount({ at }: { at: FocusAt }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.focus(
      () => {
        if (at === 'end') return;
        const range = document.caretRangeFromPoint?.(at.x, at.y);
        const root = editor.getRootElement();
        if (!range || !root?.contains(range.startContainer)) return;
        // The editor takes the page's selection as its own.
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      { defaultSelection: 'rootEnd' },
    );
    // Only as it mounts: `at` is where the reviewer clicked to start editing.
  }, [editor]);
  return null;
}

interface Active {
  bold: boolean;
  italic: boolean;
  link: boolean;
  quote: boolean;
  list: 'bullet' | 'number' | null;
}

function Toolbar({ labels, askUrl }: { labels: RationaleEditorLabels; askUrl(): Promise<string | null> }) {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Active>(NOTHING_ACTIVE);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const sel = $getSelection();
          if (!$isRangeSelection(sel)) return;
          const anchor = sel.anchor.getNode();
          const block = anchor.getTopLevelElement();
          setActive({
            bold: sel.hasFormat('bold'),
            italic: sel.hasFormat('italic'),
            link: $isLinkNode(anchor.getParent()) || $isLinkNode(anchor),
            quote: $isQuoteNode(block),
            list: $isListNode(block) ? (block.getListType() === 'number' ? 'number' : 'bullet') : null,
          });
        }),
      ),
    [editor],
  );

  const toggleList = (type: 'bullet' | 'number') =>
    editor.dispatchCommand(active.list === type ? REMOVE_LIST_COMMAND : type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  const toggleQuote = () =>
    editor.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) $setBlocksType(sel, () => (active.quote ? $createParagraphNode() : $createQuoteNode()));
    });
  const toggleLink = async () => {
    if (active.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    const url = await askUrl();
    if (url && isHttpUrl(url.trim())) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
  };

  return (
    <ToolbarButtons
      labels={labels}
      active={active}
      on={{
        bold: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
        italic: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
        link: () => void toggleLink(),
        bullets: () => toggleList('bullet'),
        numbers: () => toggleList('number'),
        quote: toggleQuote,
      }}
    />
  );
}

export const NOTHING_ACTIVE: Active = { bold: false, italic: false, link: false, quote: false, list: null };

/** The toolbar as the reviewer sees it: the same whether the editor is mounted yet or not. */
export function ToolbarButtons({ labels, active, on }: { labels: RationaleEditorLabels; active: Active; on: Record<'bold' | 'italic' | 'link' | 'bullets' | 'numbers' | 'quote', () => void> }) {
  const button = (label: string, pressed: boolean, onClick: () => void, glyph: string) => (
    <button type="button" className="fm-rt-button" aria-label={label} title={label} aria-pressed={pressed} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {glyph}
    </button>
  );
  return (
    <div className="fm-rt-toolbar" role="toolbar" aria-label={labels.toolbar}>
      {button(labels.bold, active.bold, on.bold, 'B')}
      {button(labels.italic, active.italic, on.italic, 'I')}
      {button(labels.link, active.link, on.link, 'Link')}
      {button(labels.bullets, active.list === 'bullet', on.bullets, '•')}
      {button(labels.numbers, active.list === 'number', on.numbers, '1.')}
      {button(labels.quote, active.quote, on.quote, '❝')}
    </div>
  );
}
