import { formControlFields } from '@verband/content-types/forms'

/**
 * How long the visitor has had the page open when a form of the website is sent: the CMS
 * refuses posts sent faster than a person can fill in a form (form-filling bots). The page is
 * static, so the browser measures it. Progressive enhancement only: without it the form posts
 * all the same.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-form]')) {
  form.addEventListener('submit', () => {
    const elapsed = form.elements.namedItem(formControlFields.elapsedMs)
    if (elapsed instanceof HTMLInputElement) elapsed.value = String(Math.round(performance.now()))
  })
}
