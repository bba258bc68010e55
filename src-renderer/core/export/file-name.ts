// File names for exports: the case title as a short ASCII slug, the date and the
// extension, e.g. "putin-trump-apec-2026-12-01.html". Safe on every file system.

const MAX_SLUG = 60;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** `date` is a Date or an ISO string; its UTC calendar day is used. */
export function exportFileName(caseTitle: string, date: Date | string, ext: string): string {
  const day = (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
  const extension = ext.replace(/^\.+/, '').toLowerCase().replace(/[^a-z0-9.]/g, '');
  return `${slugify(caseTitle) || 'case'}-${day}.${extension}`;
}
