import type { GlobalConfig } from 'payload'

import { isEditor, publishedOrStaff } from '../access/index.ts'
import { globalSlugs } from '../slugs.ts'

/**
 * The mission statement's framing texts. Its lists (values, goals, working principles,
 * partner groups) are collections of their own, so each item is ordered and translated
 * on its own.
 */
export const Leitbild: GlobalConfig = {
  slug: globalSlugs.leitbild,
  label: { de: 'Leitbild', en: 'Mission statement' },
  admin: { group: { de: 'Leitbild', en: 'Mission statement' } },
  access: { read: publishedOrStaff, update: isEditor },
  versions: { drafts: { schedulePublish: true }, max: 50 },
  fields: [
    {
      name: 'visionLead',
      type: 'textarea',
      label: { de: 'Vision in einem Satz', en: 'Vision in one sentence' },
      localized: true,
      required: true,
      maxLength: 300,
      admin: {
        description: {
          de: 'Der erste Absatz der Vision; erscheint groß auf der Startseite.',
          en: 'The first paragraph of the vision; shown large on the home page.',
        },
      },
    },
    {
      name: 'vision',
      type: 'richText',
      label: { de: 'Vision (weitere Absätze)', en: 'Vision (further paragraphs)' },
      localized: true,
      required: true,
    },
    {
      name: 'partnerGroupsIntro',
      type: 'text',
      label: { de: 'Einleitung Partner*innen', en: 'Partners introduction' },
      localized: true,
      maxLength: 200,
    },
    {
      name: 'longTermPicture',
      type: 'textarea',
      label: { de: 'Langfristiges Zielbild', en: 'Long-term picture' },
      localized: true,
      required: true,
      maxLength: 2000,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'adoptedBy',
          type: 'text',
          label: { de: 'Beschlossen von', en: 'Adopted by' },
          localized: true,
          required: true,
          maxLength: 120,
        },
        {
          name: 'adoptedOn',
          type: 'date',
          label: { de: 'Beschlossen am', en: 'Adopted on' },
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'adoptedIn',
          type: 'text',
          label: { de: 'Beschlossen in', en: 'Adopted in' },
          localized: true,
          required: true,
          maxLength: 80,
        },
      ],
    },
  ],
}
