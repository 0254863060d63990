import { useEffect, useState } from 'react'

export type FilterOption = { value: string; label: string; lang?: string }
export type FilterDimension = { key: string; label: string; options: FilterOption[] }

export type ListFilterProps = {
  dimensions: FilterDimension[]
  labels: { legend: string; all: string; count: string; reset: string }
}

/**
 * Filters a server-rendered list in the browser. Items carry `data-filter-item` and one
 * `data-filter-<key>` attribute per dimension (space-separated values); groups marked
 * `data-filter-group` are hidden when none of their items is left. Without JavaScript the
 * island is absent and the whole list stays visible. The filter lives in the URL
 * (`?region=dresden`), so a filtered list can be shared and bookmarked.
 */
export default function ListFilter({ dimensions, labels }: ListFilterProps) {
  const [selected, setSelected] = useState<Record<string, string>>({})
  const [visible, setVisible] = useState<number | null>(null)

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    setSelected(Object.fromEntries(dimensions.map(({ key }) => [key, params.get(key) ?? ''])))
  }, [dimensions])

  useEffect(() => {
    const counted = new Set<string>()
    for (const item of document.querySelectorAll<HTMLElement>('[data-filter-item]')) {
      item.hidden = !dimensions.every(({ key }) => {
        const wanted = selected[key]
        return !wanted || (item.getAttribute(`data-filter-${key}`) ?? '').split(' ').includes(wanted)
      })
      // An item listed in several groups (a member in two districts) counts once.
      if (!item.hidden) counted.add(item.dataset.filterItem || String(counted.size))
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])')
    }
    setVisible(counted.size)
    const url = new URL(window.location.href)
    for (const { key } of dimensions) {
      if (selected[key]) url.searchParams.set(key, selected[key])
      else url.searchParams.delete(key)
    }
    window.history.replaceState(null, '', url)
  }, [dimensions, selected])

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <fieldset style={{ display: 'contents' }}>
        <legend className="visually-hidden">{labels.legend}</legend>
        {dimensions.map((dimension) => (
          <label key={dimension.key}>
            {dimension.label}
            <select
              value={selected[dimension.key] ?? ''}
              onChange={(event) => setSelected((current) => ({ ...current, [dimension.key]: event.target.value }))}
              data-filter={dimension.key}
            >
              <option value="">{labels.all}</option>
              {dimension.options.map((option) => (
                <option key={option.value} value={option.value} lang={option.lang}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={() => setSelected({})}>
          {labels.reset}
        </button>
      </fieldset>
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {visible === null ? '' : labels.count.replace('{{count}}', String(visible))}
      </p>
    </form>
  )
}
