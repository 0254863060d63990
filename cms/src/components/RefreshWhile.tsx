'use client'

import { useRouter } from 'next/navigation.js'
import { useEffect } from 'react'

/**
 * Renders the page's server components again every `everyMs` while `active`: the dashboard's
 * website state follows a running build to its end without a reload. Nothing on the
 * dashboard is a form, so nothing typed is lost.
 */
export function RefreshWhile({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => router.refresh(), everyMs)
    return () => clearInterval(timer)
  }, [active, everyMs, router])
  return null
}
