import type { CheckboxField, CollectionConfig, FieldAccess } from 'payload'

import { hasRole, isEditor, publishedOrStaff } from '../access/index.ts'
import { mediaUpload } from '../fields/mediaUpload.ts'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl, validatePhone } from '../fields/validators.ts'
import { germanLanguageName, workingLanguages } from '../languages.ts'
import { regions } from '../regions.ts'
import { collectionSlugs } from '../slugs.ts'
import { draftVersions } from '../versions.ts'

/**
 * The fields an organisation decides about one by one. A field without consent is removed
 * from every read by anyone but staff (field-level read access), so it never reaches the
 * public API, the website or its search index; it cannot be queried either.
 */
export const consentFields = [
  'description',
  'activityFields',
  'languages',
  'city',
  'website',
  'email',
  'phone',
  'logo',
  'foundedYear',
  'memberSince',
] as const

export type ConsentField = (typeof consentFields)[number]

/** Website path segments beside member slugs (`/members/district/…`). */
export const reservedMemberSlugs = ['district']

function publishedWithConsent(field: ConsentField): FieldAccess {
  return ({ req, doc }) => {
    if (hasRole(req.user, 'admin', 'editor', 'author')) return true
    const consent = (doc as { consent?: Partial<Record<ConsentField, boolean>> } | undefined)?.consent
    return consent?.[field] === true
  }
}

const consentLabels: Record<ConsentField, { de: string; en: string }> = {
  description: { de: 'Kurzbeschreibung', en: 'Short description' },
  activityFields: { de: 'Tätigkeitsfelder', en: 'Fields of activity' },
  languages: { de: 'Arbeitssprachen', en: 'Working languages' },
  city: { de: 'Ort', en: 'City' },
  website: { de: 'Website', en: 'Website' },
  email: { de: 'E-Mail', en: 'Email' },
  phone: { de: 'Telefon', en: 'Phone' },
  logo: { de: 'Logo', en: 'Logo' },
  foundedYear: { de: 'Gründungsjahr', en: 'Founding year' },
  memberSince: { de: 'Mitglied seit', en: 'Member since' },
}

const readWithConsent = (field: ConsentField) => ({ read: publishedWithConsent(field) })
const thisYear = new Date().getFullYear()

/** Member organisations: who works where, in which languages, on what. */
export const Members: CollectionConfig = {
  slug: collectionSlugs.members,
  labels: {
    singular: { de: 'Mitgliedsorganisation', en: 'Member organisation' },
    plural: { de: 'Mitgliedsorganisationen', en: 'Member organisations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'districts', 'languages', '_status', 'updatedAt'],
    group: { de: 'Netzwerk', en: 'Network' },
    description: {
      de: 'Name und Landkreise erscheinen mit der Veröffentlichung; alles andere nur mit der Zustimmung der Organisation (Seitenleiste).',
      en: 'Name and districts appear when published; everything else only with the organisation’s consent (sidebar).',
    },
  },
  defaultSort: 'name',
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  versions: draftVersions,
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' }, required: true, maxLength: 200 },
    slugField('name', { reserved: reservedMemberSlugs }),
    {
      name: 'districts',
      type: 'select',
      hasMany: true,
      required: true,
      label: { de: 'Landkreise / Städte', en: 'Districts' },
      options: regions.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'description',
      type: 'textarea',
      label: consentLabels.description,
      localized: true,
      maxLength: 800,
      access: readWithConsent('description'),
    },
    {
      name: 'activityFields',
      type: 'relationship',
      relationTo: collectionSlugs.activityFields,
      hasMany: true,
      label: consentLabels.activityFields,
      access: readWithConsent('activityFields'),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: consentLabels.languages,
      options: workingLanguages.map((code) => ({ value: code, label: germanLanguageName(code) })),
      access: readWithConsent('languages'),
    },
    { name: 'city', type: 'text', label: consentLabels.city, maxLength: 80, access: readWithConsent('city') },
    { name: 'website', type: 'text', label: consentLabels.website, validate: validateHttpUrl, access: readWithConsent('website') },
    { name: 'email', type: 'email', label: consentLabels.email, access: readWithConsent('email') },
    { name: 'phone', type: 'text', label: consentLabels.phone, validate: validatePhone, access: readWithConsent('phone') },
    mediaUpload({ name: 'logo', kinds: ['photo', 'vector'], label: consentLabels.logo, access: readWithConsent('logo') }),
    {
      name: 'foundedYear',
      type: 'number',
      label: consentLabels.foundedYear,
      min: 1900,
      max: thisYear,
      access: readWithConsent('foundedYear'),
    },
    {
      name: 'memberSince',
      type: 'number',
      label: consentLabels.memberSince,
      min: 1990,
      max: thisYear,
      access: readWithConsent('memberSince'),
    },
    {
      name: 'consent',
      type: 'group',
      label: { de: 'Zustimmung zur Veröffentlichung', en: 'Consent to publish' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Nur angehakte Angaben erscheinen auf der Website und in der öffentlichen API.',
          en: 'Only ticked details appear on the website and in the public API.',
        },
      },
      fields: consentFields.map(
        (field): CheckboxField => ({ name: field, type: 'checkbox', label: consentLabels[field], defaultValue: false }),
      ),
    },
  ],
}
