import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import type { RichText } from '../core/model';
import { $readRichText, $writeRichText } from './rich-text';

function roundTrip(rich: RichText): RichText {
  const editor = createEditor({ nodes: [QuoteNode, ListNode, ListItemNode, LinkNode], onError: (e) => { throw e; } });
  editor.update(() => $writeRichText(rich), { discrete: true });
  return editor.getEditorState().read(() => $readRichText());
}

describe('rationale rich text adapter', () => {
  it('round-trips paragraphs, quotes, both kinds of list, bold, italic and links', () => {
    const rich: RichText = [
      { type: 'paragraph', children: [{ text: 'Peskov said the leaders ' }, { text: 'did not discuss', bold: true }, { text: ' meddling.' }] },
      { type: 'quote', children: [{ text: 'He said he didn’t meddle.', italic: true }] },
      { type: 'bullet', children: [{ text: 'CNN report', link: 'https://edition.cnn.com/' }] },
      { type: 'bullet', children: [{ text: 'The Hill', bold: true, italic: true }] },
      { type: 'number', children: [{ text: 'First call' }] },
      { type: 'number', children: [{ text: 'Second call' }] },
      { type: 'paragraph', children: [{ text: 'After the lists.' }] },
    ];
    expect(roundTrip(rich)).toEqual(rich);
  });

  it('keeps unsafe links as plain text and drops empty blocks', () => {
    const rich: RichText = [
      { type: 'paragraph', children: [{ text: 'see ' }, { text: 'here', link: 'javascript:alert(1)' }] },
      { type: 'paragraph', children: [] },
    ];
    expect(roundTrip(rich)).toEqual([{ type: 'paragraph', children: [{ text: 'see here' }] }]);
    expect(roundTrip([])).toEqual([]);
  });
});
