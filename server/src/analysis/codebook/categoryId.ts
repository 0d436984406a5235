/** A category id from a label: lower-case letters and digits, words joined by hyphens, accents dropped. */
export function categoryId(label: string, fallback = 'category'): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}
