/**
 * The search page's script: Pagefind's UI over the index of the page's language (Pagefind
 * keeps one index per `<html lang>`). Runs only on the search page; no server involved.
 * A large site's index comes in shards (build/searchIndex.ts), listed in `shards.json`: the
 * UI searches them all as one.
 */
type PagefindUIConstructor = new (options: Record<string, unknown>) => unknown

async function shards(): Promise<{ bundlePath: string }[]> {
  try {
    const response = await fetch('/pagefind/shards.json')
    if (!response.ok) return []
    const { mergeIndex } = (await response.json()) as { mergeIndex?: string[] }
    return (mergeIndex ?? []).map((bundlePath) => ({ bundlePath }))
  } catch (error) {
    console.warn('Search: the index shards could not be listed; searching the first one only.', error)
    return []
  }
}

export async function startSearch(): Promise<void> {
  const element = document.querySelector<HTMLElement>('[data-search]')
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI
  if (!element || !PagefindUI) return
  const mergeIndex = await shards()
  new PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false, autofocus: true, mergeIndex })
  const query = new URLSearchParams(window.location.search).get('q')
  const input = element.querySelector<HTMLInputElement>('input')
  // Pagefind's input has only a placeholder; the page's visible <label> names it.
  if (input) input.id = 'search-input'
  if (query && input) {
    input.value = query
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
}
