// Turns the dates found in files (ISO timestamps, PDF `D:` dates, `Nov 11, 2017`,
// `11 November 2017`) into a calendar date `YYYY-MM-DD`, or '' when unsure.
// The date is taken as written (the publisher's local day), never shifted to UTC.
import type { DateOnly } from '../model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function isValidDateOnly(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function build(year: string | number, month: string | number, day: string | number): DateOnly {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number(year) >= 1000 && isValidDateOnly(iso) ? iso : '';
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function normaliseDate(raw: string): DateOnly {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) return build(m[1], m[2], m[3]);
  m = /^D:(\d{4})(\d{2})(\d{2})/.exec(s);
  if (m) return build(m[1], m[2], m[3]);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[1]) > 0) return build(m[3], monthNumber(m[1]), m[2]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[2]) > 0) return build(m[3], monthNumber(m[2]), m[1]);
  return '';
}
