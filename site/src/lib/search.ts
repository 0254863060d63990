/**
 * The search page's script: Pagefind's UI over the index of the page's language (Pagefind
 * keeps one index per `<html lang>`). Runs only on the search page; no server involved.
 */
type PagefindUIConstructor = new (options: Record<string, unknown>) => unknown

export function startSearch(): void {
  const element = document.querySelector<HTMLElement>('[data-search]')
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI
  if (!element || !PagefindUI) return
  new PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false, autofocus: true })
  const query = new URLSearchParams(window.location.search).get('q')
  const input = element.querySelector<HTMLInputElement>('input')
  // Pagefind's input has only a placeholder; the page's visible <label> names it.
  if (input) input.id = 'search-input'
  if (query && input) {
    input.value = query
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
}
