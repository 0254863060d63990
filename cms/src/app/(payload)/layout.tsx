/* Payload's admin shell, as in Payload's blank template. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { rtlLanguages } from '@payloadcms/translations'
import { headers as requestHeaders } from 'next/headers'
import { getRequestLanguage, parseCookies, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { importMap } from './admin/importMap.js'
import './custom.css'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

/**
 * Payload writes `dir="RTL"`/`"LTR"`; HTML's values are `rtl`/`ltr` (browsers accept either,
 * checkers and screen-reader tooling expect these). The language is Payload's own choice: its
 * cookie, else the browser's Accept-Language, else German.
 */
const Layout = async ({ children }: Args) => {
  const headers = await requestHeaders()
  const language = getRequestLanguage({ config: await config, cookies: parseCookies(headers), headers })
  const dir = (rtlLanguages as readonly string[]).includes(language) ? 'rtl' : 'ltr'
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction} htmlProps={{ dir }}>
      {children}
    </RootLayout>
  )
}

export default Layout
