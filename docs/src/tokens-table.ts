// The theming guide's live token table: shows what each system token computes to on the demo
// card, and applies a value typed into the table to the card, so a designer can try a palette.
const card = document.getElementById('token-target') as HTMLElement | null;
const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-token]')];
const theme = document.getElementById('token-theme') as HTMLSelectElement | null;

/** Writes each row's computed value: the token as the card sees it (own, inherited, or the built-in default). */
function refresh(): void {
  if (!card) return;
  const style = getComputedStyle(card);
  for (const row of rows) {
    const token = row.dataset.token!;
    const value = style.getPropertyValue(token).trim();
    const output = row.querySelector('output')!;
    output.textContent = value || `${row.dataset.light} (built-in default)`;
    output.classList.toggle('is-set', !!value);
  }
}

for (const row of rows) {
  row.querySelector('input')!.addEventListener('input', (event) => {
    const value = (event.target as HTMLInputElement).value.trim();
    // Set on the element itself: a page's style on the host wins over the theme's `:host([theme])` rules.
    if (value) card?.style.setProperty(row.dataset.token!, value);
    else card?.style.removeProperty(row.dataset.token!);
    refresh();
  });
}
theme?.addEventListener('change', () => {
  if (theme.value) card?.setAttribute('theme', theme.value);
  else card?.removeAttribute('theme');
  // The card resolves its theme (the host page's, for `auto`) when it next renders.
  void ((card as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete ?? Promise.resolve()).then(refresh);
});
document.getElementById('token-reset')?.addEventListener('click', () => {
  for (const row of rows) {
    row.querySelector('input')!.value = '';
    card?.style.removeProperty(row.dataset.token!);
  }
  refresh();
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refresh);
void customElements.whenDefined('menteo-mentor-card').then(refresh);
refresh();
