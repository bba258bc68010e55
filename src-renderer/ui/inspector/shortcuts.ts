// Every keyboard shortcut of the app, as the shortcuts sheet lists them.
import { shortcutLabel } from '../shared/keyboard';

export interface ShortcutGroup {
  title: string;
  items: [keys: string, what: string][];
}

export function shortcutGroups(): ShortcutGroup[] {
  return [
    {
      title: 'Article',
      items: [
        [shortcutLabel('m', true), 'Mark the selected text as a claim'],
        ['Alt+↓  or  J', 'Next claim in the article'],
        ['Alt+↑  or  K', 'Previous claim in the article'],
      ],
    },
    {
      title: 'Claim',
      items: [
        ['Alt+1 … Alt+9', 'Set the verdict to the n-th rating of the scale'],
        ['Alt+0', 'Clear the rating'],
        ['Enter  or  ,', 'Add the typed tag (in the tag box)'],
        ['Backspace', 'Remove the last tag (in an empty tag box)'],
      ],
    },
    {
      title: 'Rationale',
      items: [
        [shortcutLabel('b'), 'Bold'],
        [shortcutLabel('i'), 'Italic'],
      ],
    },
    {
      title: 'App',
      items: [
        [shortcutLabel('z'), 'Undo (outside text fields)'],
        [`${shortcutLabel('z', true)}  or  ${shortcutLabel('y')}`, 'Redo'],
        ['?', 'This list of shortcuts'],
        ['Esc', 'Close a dialog'],
      ],
    },
  ];
}
