// Rows of a webview table that open something (a concordance line, a passage): focusable links
// whose data attributes say what to open; opened by click, Enter or Space (not on a button inside).

/** A new row of `body` acting as a link, with `data-*` attributes from `data`. */
export function linkRow(body: HTMLTableSectionElement, title: string, data: Record<string, string>): HTMLTableRowElement {
  const row = body.insertRow();
  row.className = 'line';
  row.tabIndex = 0;
  row.setAttribute('role', 'link');
  row.title = title;
  Object.assign(row.dataset, data);
  return row;
}

/** Calls `open` with the link row's data when a row inside `container` is clicked or activated by key. */
export function onRowActivated(container: HTMLElement, open: (data: DOMStringMap) => void): void {
  const rowOf = (target: EventTarget | null) => (target as HTMLElement | null)?.closest('tr.line') as HTMLElement | null;
  container.addEventListener('click', (e) => {
    if ((e.target as HTMLElement | null)?.closest('button')) return;
    const row = rowOf(e.target);
    if (row) open(row.dataset);
  });
  container.addEventListener('keydown', (e) => {
    if ((e.key !== 'Enter' && e.key !== ' ') || (e.target as HTMLElement).closest('button')) return;
    const row = rowOf(e.target);
    if (!row) return;
    e.preventDefault();
    open(row.dataset);
  });
}
