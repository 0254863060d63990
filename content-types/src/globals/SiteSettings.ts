import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access/index.ts'
import { mediaUpload } from '../fields/mediaUpload.ts'
import { validateHttpUrl, validatePhone } from '../fields/validators.ts'
import { globalSlugs } from '../slugs.ts'

const legalText = (name: string, de: string, en: string) =>
  ({ name, type: 'richText', label: { de, en }, localized: true, required: true }) as const

/** Who the association is and how to reach it: shown in the footer, contact page and press kit. */
export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  label: { de: 'Website-Einstellungen', en: 'Site settings' },
  admin: { group: { de: 'Verwaltung', en: 'Administration' } },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Verband', en: 'Association' },
          fields: [
            { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' }, localized: true, required: true, maxLength: 200 },
            { name: 'shortName', type: 'text', label: { de: 'Kurzname', en: 'Short name' }, maxLength: 40 },
            {
              name: 'address',
              type: 'group',
              label: { de: 'Anschrift', en: 'Address' },
              fields: [
                { name: 'street', type: 'text', label: { de: 'Straße', en: 'Street' }, required: true, maxLength: 120 },
                { name: 'postalCode', type: 'text', label: { de: 'PLZ', en: 'Postal code' }, required: true, maxLength: 10 },
                { name: 'city', type: 'text', label: { de: 'Ort', en: 'City' }, required: true, maxLength: 80 },
              ],
            },
            { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' }, required: true },
            { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' }, validate: validatePhone },
            {
              name: 'socialLinks',
              type: 'array',
              label: { de: 'Soziale Netzwerke', en: 'Social links' },
              maxRows: 10,
              fields: [
                { name: 'label', type: 'text', label: { de: 'Bezeichnung', en: 'Label' }, required: true, maxLength: 40 },
                { name: 'url', type: 'text', label: { de: 'Adresse', en: 'URL' }, required: true, validate: validateHttpUrl },
              ],
            },
          ],
        },
        {
          label: { de: 'Presse', en: 'Press' },
          fields: [
            {
              name: 'pressBoilerplate',
              type: 'textarea',
              label: { de: 'Über uns (Pressetext)', en: 'About us (press boilerplate)' },
              localized: true,
              required: true,
              maxLength: 1500,
            },
          ],
        },
        {
          label: { de: 'Rechtliches', en: 'Legal' },
          fields: [
            legalText('imprint', 'Impressum', 'Imprint'),
            legalText('privacy', 'Datenschutzerklärung', 'Privacy policy'),
            legalText('accessibility', 'Erklärung zur Barrierefreiheit', 'Accessibility statement'),
          ],
        },
        {
          // Saxon accessibility law asks public bodies to explain the home page's content and
          // navigation, and the accessibility statement, in German Sign Language.
          label: { de: 'Gebärdensprache', en: 'Sign language' },
          description: {
            de: 'Videos in Deutscher Gebärdensprache (DGS), mit Untertiteln und Transkript aus der Mediathek.',
            en: 'Videos in German Sign Language (DGS), with captions and transcript from the media library.',
          },
          fields: [
            {
              name: 'signLanguageExampleNotice',
              type: 'ui',
              admin: { components: { Field: '/components/SignLanguageExampleNotice.tsx#SignLanguageExampleNotice' } },
            },
            mediaUpload({ name: 'homeSignLanguageVideo', kinds: ['video'], label: { de: 'Gebärdensprache-Video der Startseite', en: 'Home page sign-language video' } }),
            mediaUpload({
              name: 'accessibilitySignLanguageVideo',
              kinds: ['video'],
              label: { de: 'Gebärdensprache-Video der Erklärung zur Barrierefreiheit', en: 'Accessibility statement sign-language video' },
            }),
          ],
        },
      ],
    },
  ],
}
