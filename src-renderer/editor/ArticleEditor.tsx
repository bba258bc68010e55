// The article while the reviewer corrects its text: a Lexical editor holding
// the article with its claims highlighted, whose blocks the caller reads back
// and re-anchors the claims to. Reading and marking use ArticleView instead,
// which renders the same DOM without an editor.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MarkNode, $isMarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getNodeByKey } from 'lexical';
import type { ArticleBlock } from '../core/model';
import { $buildArticle, $readBlocks } from './article-document';
import { spansByBlock, type ClaimSpan } from './claim-spans';
import { paintMark, type ColorOf } from './claim-mark-styles';
import { selectionHandle, useMarkRepaint, type SelectionHandle } from './claim-marks-dom';

/** What the article reader asks of the article's text, shown by ArticleView or ArticleEditor. */
export interface ArticleTextHandle extends SelectionHandle {
  /** Blocks of the document as edited (the text as shown when not editing). */
  readBlocks(): ArticleBlock[];
  /**
   * Highlights these spans now, ahead of the `spans` prop (a claim just
   * marked shows before the screen re-renders); rebuilds only changed blocks.
   * Nothing while the text is edited.
   */
  showSpans(spans: readonly ClaimSpan[]): void;
}

export interface ArticleTextProps {
  blocks: ArticleBlock[];
  spans: ClaimSpan[];
  colorOf: ColorOf;
  selectedClaimId: string | null;
  label: string;
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

export const ArticleEditor = forwardRef<ArticleTextHandle, ArticleTextProps>(function ArticleEditor(props, ref) {
  const { blocks } = props;
  const initialSpans = useRef(props.spans);
  const initialConfig = useMemo(
    () => ({
      namespace: 'factmark-article',
      theme,
      nodes: [HeadingNode, QuoteNode, MarkNode],
      editable: true,
      onError,
      editorState: () => $buildArticle(blocks, spansByBlock(blocks, initialSpans.current)),
    }),
    [blocks],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin contentEditable={<ContentEditable className="fm-article-text" aria-label={props.label} spellCheck />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
      <ClaimMarksPlugin {...props} handleRef={ref} />
    </LexicalComposer>
  );
});

interface PluginProps extends ArticleTextProps {
  handleRef: React.ForwardedRef<ArticleTextHandle>;
}

function ClaimMarksPlugin({ blocks, colorOf, selectedClaimId, handleRef }: PluginProps) {
  const [editor] = useLexicalComposerContext();
  const paint = useRef({ colorOf, selectedClaimId });
  paint.current = { colorOf, selectedClaimId };

  // Paint marks as the editor creates or updates them (an edit inside a highlight splits it).
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

  const root = useCallback(() => editor.getRootElement(), [editor]);
  useMarkRepaint(root, colorOf, selectedClaimId);

  useImperativeHandle(
    handleRef,
    () => ({
      ...selectionHandle(root, blocks),
      readBlocks() {
        // Flushes an edit still pending (a key just pressed) before reading.
        return editor.read(() => $readBlocks(blocks));
      },
      showSpans() {},
    }),
    [editor, root, blocks],
  );

  return null;
}
