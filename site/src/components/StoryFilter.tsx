import { useEffect, useState } from 'react'

type Option = { value: string; label: string; lang?: string }

export type StoryFilterProps = {
  goals: Option[]
  regions: Option[]
  labels: { legend: string; goal: string; region: string; all: string; count: string; reset: string }
}

/**
 * Filters the server-rendered story list by goal and region, in the browser. Without
 * JavaScript the island is absent and the full list stays visible. The filter lives in the
 * URL (`?goal=2&region=dresden`), so a filtered list can be shared and bookmarked.
 */
export default function StoryFilter({ goals, regions, labels }: StoryFilterProps) {
  const [goal, setGoal] = useState('')
  const [region, setRegion] = useState('')
  const [visible, setVisible] = useState<number | null>(null)

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    setGoal(params.get('goal') ?? '')
    setRegion(params.get('region') ?? '')
  }, [])

  useEffect(() => {
    let count = 0
    for (const item of document.querySelectorAll<HTMLElement>('[data-story]')) {
      const matchesGoal = !goal || (item.dataset.goals ?? '').split(' ').includes(goal)
      const matchesRegion = !region || (item.dataset.regions ?? '').split(' ').includes(region)
      item.hidden = !(matchesGoal && matchesRegion)
      if (!item.hidden) count += 1
    }
    setVisible(count)
    const url = new URL(window.location.href)
    for (const [key, value] of [['goal', goal], ['region', region]] as const) {
      if (value) url.searchParams.set(key, value)
      else url.searchParams.delete(key)
    }
    window.history.replaceState(null, '', url)
  }, [goal, region])

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <fieldset style={{ display: 'contents' }}>
        <legend className="visually-hidden">{labels.legend}</legend>
        <label>
          {labels.goal}
          <select value={goal} onChange={(event) => setGoal(event.target.value)} data-filter="goal">
            <option value="">{labels.all}</option>
            {goals.map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.region}
          <select value={region} onChange={(event) => setRegion(event.target.value)} data-filter="region">
            <option value="">{labels.all}</option>
            {regions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => (setGoal(''), setRegion(''))}>
          {labels.reset}
        </button>
      </fieldset>
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {visible === null ? '' : labels.count.replace('{{count}}', String(visible))}
      </p>
    </form>
  )
}
