import { describe, expect, it } from 'vitest';
import { editTags, tagsEdit } from './tag-edits';

describe('tag edits', () => {
  it('apply to the tags as stored, so two edits made from the same shown tags both stay', () => {
    const shown = ['election'];
    const first = tagsEdit(shown, [...shown, 'figures']);
    const second = tagsEdit(shown, [...shown, 'facebook']);
    expect(editTags(editTags(shown, first), second)).toEqual(['election', 'figures', 'facebook']);
  });

  it('remove what was removed and do not add a tag twice, whatever its case', () => {
    expect(editTags(['election', 'figures'], tagsEdit(['election', 'figures'], ['figures']))).toEqual(['figures']);
    expect(editTags(['Election'], { add: ['election'], remove: [] })).toEqual(['Election']);
  });
});
