import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access/index.ts'
import { mediaUpload } from '../fields/mediaUpload.ts'
import { collectionSlugs, globalSlugs } from '../slugs.ts'

/**
 * The press kit: what journalists download to write about the association. Logos in light
 * and dark variants, photos, a fact sheet and the press contacts, curated by the editors; the
 * website adds the boilerplate from the site settings, generates the fact sheet as PDF and
 * packs everything into one ZIP with a CREDITS.txt.
 */
export const PressKit: GlobalConfig = {
  slug: globalSlugs.pressKit,
  label: { de: 'Pressemappe', en: 'Press kit' },
  admin: { group: { de: 'Presse', en: 'Press' } },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'intro',
      type: 'textarea',
      label: { de: 'Einleitung', en: 'Introduction' },
      localized: true,
      maxLength: 600,
    },
    {
      name: 'logos',
      type: 'array',
      label: { de: 'Logos', en: 'Logos' },
      labels: { singular: { de: 'Logo', en: 'Logo' }, plural: { de: 'Logos', en: 'Logos' } },
      admin: { description: { de: 'Jede Variante als SVG und PNG hochladen.', en: 'Upload each variant as SVG and PNG.' } },
      fields: [
        mediaUpload({ name: 'file', kinds: ['photo', 'vector'], required: true, label: { de: 'Datei', en: 'File' } }),
        {
          name: 'background',
          type: 'select',
          required: true,
          defaultValue: 'light',
          label: { de: 'Für Hintergrund', en: 'For background' },
          options: [
            { value: 'light', label: { de: 'hell', en: 'light' } },
            { value: 'dark', label: { de: 'dunkel', en: 'dark' } },
          ],
        },
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: collectionSlugs.media,
      hasMany: true,
      label: { de: 'Fotos', en: 'Photos' },
      admin: { description: { de: 'Mit Credit und Lizenz: beides steht unter jedem Foto und in der CREDITS.txt.', en: 'With credit and licence: both appear under each photo and in CREDITS.txt.' } },
    },
    {
      name: 'facts',
      type: 'array',
      label: { de: 'Faktenblatt', en: 'Fact sheet' },
      labels: { singular: { de: 'Fakt', en: 'Fact' }, plural: { de: 'Fakten', en: 'Facts' } },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, maxLength: 80, label: { de: 'Bezeichnung', en: 'Label' } },
        { name: 'value', type: 'text', required: true, localized: true, maxLength: 300, label: { de: 'Angabe', en: 'Value' } },
      ],
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: collectionSlugs.pressContacts,
      hasMany: true,
      label: { de: 'Ansprechpersonen', en: 'Press contacts' },
    },
  ],
}
