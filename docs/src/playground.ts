// "Edit this demo" (layouts/partials/playground.njk): each attribute and token typed into the
// form is applied to the live demo element above it at once, and the markup it makes is shown.

/** `"` and `&` escaped for an attribute value in the shown markup. */
const attributeValue = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The markup the form describes: the attributes set, then the tokens as an inline style. */
function markupOf(tag: string, form: HTMLFormElement): string {
  const parts: string[] = [];
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const name = input.dataset.attribute!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) parts.push(name);
    } else if (input.value !== '') {
      parts.push(`${name}="${attributeValue(input.value)}"`);
    }
  }
  const style = [...form.querySelectorAll<HTMLInputElement>('[data-token]')]
    .filter((input) => input.value.trim() !== '')
    .map((input) => `${input.dataset.token}: ${input.value.trim()};`)
    .join(' ');
  if (style) parts.push(`style="${attributeValue(style)}"`);
  return `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
}

/** Applies one control of the form to the element. */
function apply(element: HTMLElement, control: HTMLInputElement | HTMLSelectElement): void {
  const attribute = control.dataset.attribute;
  if (attribute) {
    const on = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value !== '';
    if (!on) element.removeAttribute(attribute);
    else element.setAttribute(attribute, control instanceof HTMLInputElement && control.type === 'checkbox' ? '' : control.value);
  }
  const token = control.dataset.token;
  if (token) {
    // On the element itself: a page's style on the host wins over the theme's `:host([theme])` rules.
    if (control.value.trim()) element.style.setProperty(token, control.value.trim());
    else element.style.removeProperty(token);
  }
}

/** Shows the element's current attributes in the form (its markup is where the form starts). */
function fill(element: HTMLElement, form: HTMLFormElement): void {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const value = element.getAttribute(control.dataset.attribute!);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value !== null;
    else control.value = value ?? '';
  }
  for (const control of form.querySelectorAll<HTMLInputElement>('[data-token]')) control.value = element.style.getPropertyValue(control.dataset.token!).trim();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-playground]')) {
  const tag = form.dataset.playground!;
  const element = document.querySelector<HTMLElement>(`.demo[data-demo="${tag}"] ${tag}`);
  const output = document.querySelector<HTMLElement>(`[data-playground-markup="${tag}"]`);
  if (!element || !output) continue;
  const initial = [...element.attributes].map((a) => [a.name, a.value] as const);
  const show = () => {
    output.textContent = markupOf(tag, form);
  };
  fill(element, form);
  show();
  form.addEventListener('input', (event) => {
    const control = event.target;
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) apply(element, control);
    show();
  });
  form.querySelector('[data-reset]')?.addEventListener('click', () => {
    for (const name of element.getAttributeNames()) if (!initial.some(([n]) => n === name)) element.removeAttribute(name);
    for (const [name, value] of initial) element.setAttribute(name, value);
    element.removeAttribute('style');
    fill(element, form);
    show();
  });
  // Submitting would reload the page and lose the edits: there is nothing to send.
  form.addEventListener('submit', (event) => event.preventDefault());
}
