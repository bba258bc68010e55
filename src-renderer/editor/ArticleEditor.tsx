// The article reader: a Lexical editor showing one article with its claims
// highlighted. In annotation mode the text is read-only and selection works;
// in edit mode the reviewer corrects the text and the caller re-anchors.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MarkNode, $isMarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import type { ArticleBlock } from '../core/model';
import type { Span } from '../core/anchoring/describe';
import { $buildArticle, $fillBlock, $readBlocks } from './article-document';
import { spansByBlock, type ClaimSpan } from './claim-spans';
import { BlockSpans } from './block-spans';
import { selectionToSpan, spanToRange } from './dom-offsets';
import { paintMark, type ColorOf } from './claim-mark-styles';

export interface ArticleEditorHandle {
  /** The selected span of the article's plain text, if any. */
  selectionSpan(): Span | null;
  /** Scrolls a claim's highlight into view and focuses it. */
  revealClaim(claimId: string): void;
  /** Selects a span of the article's text and scrolls it into view. */
  revealSpan(span: Span): void;
  /** Blocks of the document as edited (edit mode). */
  readBlocks(): ArticleBlock[];
  /**
   * Highlights these spans now, ahead of the `spans` prop (a claim just
   * marked shows before the screen re-renders); rebuilds only changed blocks.
   */
  showSpans(spans: readonly ClaimSpan[]): void;
}

export interface ArticleEditorProps {
  blocks: ArticleBlock[];
  spans: ClaimSpan[];
  colorOf: ColorOf;
  selectedClaimId: string | null;
  editing: boolean;
  label: string;
  onClaimsClicked(claimIds: string[], at: { x: number; y: number }): void;
}

const theme = {
  paragraph: 'fm-p',
  quote: 'fm-quote',
  heading: { h1: 'fm-h1', h2: 'fm-h2', h3: 'fm-h3', h4: 'fm-h4', h5: 'fm-h5', h6: 'fm-h6' },
  mark: 'fm-mark',
  markOverlap: 'fm-mark-overlap',
  indent: 'fm-indent',
};

function onError(error: Error): void {
  console.error(error);
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, ArticleEditorProps>(function ArticleEditor(props, ref) {
  const { blocks } = props;
  const initialSpans = useRef(props.spans);
  const initialConfig = useMemo(
    () => ({
      namespace: 'factmark-article',
      theme,
      nodes: [HeadingNode, QuoteNode, MarkNode],
      editable: false,
      onError,
      editorState: () => $buildArticle(blocks, spansByBlock(blocks, initialSpans.current)),
    }),
    [blocks],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="fm-article-text" aria-label={props.label} spellCheck={props.editing} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      {props.editing && <HistoryPlugin />}
      <ClaimMarksPlugin {...props} handleRef={ref} />
    </LexicalComposer>
  );
});

interface PluginProps extends ArticleEditorProps {
  handleRef: React.ForwardedRef<ArticleEditorHandle>;
}

function marksOf(editor: LexicalEditor, claimId: string): HTMLElement[] {
  const root = editor.getRootElement();
  if (!root) return [];
  // `~=` matches one word of the space-separated list, so overlapping marks are found too.
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(claimId)}"]`));
}

function ClaimMarksPlugin(props: PluginProps) {
  const [editor] = useLexicalComposerContext();
  const { blocks, spans, colorOf, selectedClaimId, editing, onClaimsClicked, handleRef } = props;
  const paint = useRef({ colorOf, selectedClaimId });
  paint.current = { colorOf, selectedClaimId };

  useEffect(() => editor.setEditable(editing), [editor, editing]);

  // Paint marks as the editor creates or updates them.
  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, type] of mutations) {
            if (type === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const el = editor.getElementByKey(key);
            if ($isMarkNode(node) && el) paintMark(el, node.getIDs(), paint.current.colorOf, paint.current.selectedClaimId);
          }
        });
      }),
    [editor],
  );

  // Repaint when verdict colours or the selected claim change: every mark for new colours,
  // only the marks of the claims selected before and now for a new selection.
  const lastPaint = useRef({ colorOf, selectedClaimId });
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const last = lastPaint.current;
    lastPaint.current = { colorOf, selectedClaimId };
    const marks =
      last.colorOf === colorOf
        ? [last.selectedClaimId, selectedClaimId].flatMap((id) => (id ? marksOf(editor, id) : []))
        : Array.from(root.querySelectorAll<HTMLElement>('mark[data-claims]'));
    for (const el of marks) paintMark(el, el.dataset.claims!.split(' '), colorOf, selectedClaimId);
  }, [editor, colorOf, selectedClaimId]);

  // Rebuild only the blocks whose claims changed (marking, deleting, undo).
  const shown = useRef<BlockSpans | null>(null);
  const showSpans = useCallback(
    (next: readonly ClaimSpan[]) => {
      // On the first run the document was just built with these spans.
      if (shown.current?.blocks !== blocks) {
        shown.current = new BlockSpans(blocks, next);
        return;
      }
      const changed = shown.current.update(next);
      if (changed.length === 0) return;
      const perBlock = shown.current;
      editor.update(
        () => {
          const children = $getRoot().getChildren();
          for (const i of changed) {
            const node = children[i];
            if ($isElementNode(node)) $fillBlock(node, blocks[i].text, perBlock.of(i));
          }
        },
        { tag: 'historic' },
      );
    },
    [editor, blocks],
  );
  useEffect(() => {
    if (!editing) showSpans(spans);
  }, [showSpans, spans, editing]);

  // Clicking a highlight opens its claim (or offers the overlapping ones).
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      if (editor.isEditable()) return;
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return;
      const mark = (e.target as HTMLElement).closest?.('mark[data-claims]') as HTMLElement | null;
      if (mark) onClaimsClicked(mark.dataset.claims!.split(' '), { x: e.clientX, y: e.clientY });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, onClaimsClicked]);

  useImperativeHandle(
    handleRef,
    () => ({
      selectionSpan() {
        const root = editor.getRootElement();
        return root ? selectionToSpan(root, blocks, window.getSelection()) : null;
      },
      revealClaim(claimId) {
        const [first] = marksOf(editor, claimId);
        first?.scrollIntoView({ block: 'center', behavior: 'auto' });
      },
      revealSpan(span) {
        const root = editor.getRootElement();
        const range = root && spanToRange(root, blocks, span);
        if (!range) return;
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        (range.startContainer.parentElement ?? root).scrollIntoView({ block: 'center', behavior: 'auto' });
      },
      readBlocks() {
        // Flushes an edit still pending (a key just pressed) before reading.
        return editor.read(() => $readBlocks(blocks));
      },
      showSpans(next) {
        if (!editor.isEditable()) showSpans(next);
      },
    }),
    [editor, blocks, showSpans],
  );

  return null;
}
