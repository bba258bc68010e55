// Applying an edit to a claim's tags: the tags added and removed, applied to
// the tags as stored, so two quick edits (two tags added in a row) both stay
// even when the second was made before the screen showed the first.

export interface TagsEdit {
  add: string[];
  remove: string[];
}

/** The edit that turns `shown` into `next`. */
export function tagsEdit(shown: readonly string[], next: readonly string[]): TagsEdit {
  return { add: next.filter((t) => !shown.includes(t)), remove: shown.filter((t) => !next.includes(t)) };
}

/** `tags` after `edit`: removed ones go, added ones join at the end unless already there (in any case). */
export function editTags(tags: readonly string[], edit: TagsEdit): string[] {
  const out = tags.filter((t) => !edit.remove.includes(t));
  for (const t of edit.add) if (!out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  return out;
}
