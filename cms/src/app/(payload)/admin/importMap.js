import { LeichteSpracheHints as LeichteSpracheHints_b78ba1ccc8cac609c4770ef0fafe3988 } from '../../../components/LeichteSpracheHints.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStatus as TranslationStatus_5b2396323c77c67addf36e2d527f4c88 } from '../../../components/TranslationStatus.tsx'
import { TranslationCell as TranslationCell_71498faa7c6fd913f2a844f33152f481 } from '../../../components/TranslationCell.tsx'
import { DocumentLiveStatus as DocumentLiveStatus_b5635d861e4cf261ffd59ce22ca32ec1 } from '../../../components/DocumentLiveStatus.tsx'
import { PressMailingStatus as PressMailingStatus_ee96a76db263c3d5dda86794d219edcb } from '../../../components/PressMailingStatus.tsx'
import { PressSubscriberData as PressSubscriberData_47f31c4021e6a2c5b0e4215b4195f896 } from '../../../components/PressSubscriberData.tsx'
import { MediaVisibility as MediaVisibility_b84a2acb188b40697c567823bcf0259f } from '../../../components/MediaVisibility.tsx'
import { SignLanguageExampleNotice as SignLanguageExampleNotice_5de09cfa7178da1772ee017121aee85d } from '../../../components/SignLanguageExampleNotice.tsx'
import { TranslationNavLink as TranslationNavLink_13902680144c2a261cb6102fffe369cf } from '../../../components/TranslationNavLink.tsx'
import { SiteStatus as SiteStatus_7402f35d24d6c52759996098933f5295 } from '../../../components/SiteStatus.tsx'
import { ReviewQueue as ReviewQueue_e166fe301b803d51db48b0547f2f9982 } from '../../../components/ReviewQueue.tsx'
import { LoginLanguage as LoginLanguage_52d194078b98f0542657b191bf28079e } from '../../../components/LoginLanguage.tsx'
import { AdminLanguageSync as AdminLanguageSync_c5a2e243ac31336cdf59b012e637983d } from '../../../components/AdminLanguageSync.tsx'
import { TranslationOverview as TranslationOverview_b25e7e8035ebccbb094be7ba222f8c33 } from '../../../components/TranslationOverview.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/LeichteSpracheHints.tsx#LeichteSpracheHints": LeichteSpracheHints_b78ba1ccc8cac609c4770ef0fafe3988,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/TranslationStatus.tsx#TranslationStatus": TranslationStatus_5b2396323c77c67addf36e2d527f4c88,
  "/components/TranslationCell.tsx#TranslationCell": TranslationCell_71498faa7c6fd913f2a844f33152f481,
  "/components/DocumentLiveStatus.tsx#DocumentLiveStatus": DocumentLiveStatus_b5635d861e4cf261ffd59ce22ca32ec1,
  "/components/PressMailingStatus.tsx#PressMailingStatus": PressMailingStatus_ee96a76db263c3d5dda86794d219edcb,
  "/components/PressSubscriberData.tsx#PressSubscriberData": PressSubscriberData_47f31c4021e6a2c5b0e4215b4195f896,
  "/components/MediaVisibility.tsx#MediaVisibility": MediaVisibility_b84a2acb188b40697c567823bcf0259f,
  "/components/SignLanguageExampleNotice.tsx#SignLanguageExampleNotice": SignLanguageExampleNotice_5de09cfa7178da1772ee017121aee85d,
  "/components/TranslationNavLink.tsx#TranslationNavLink": TranslationNavLink_13902680144c2a261cb6102fffe369cf,
  "/components/SiteStatus.tsx#SiteStatus": SiteStatus_7402f35d24d6c52759996098933f5295,
  "/components/ReviewQueue.tsx#ReviewQueue": ReviewQueue_e166fe301b803d51db48b0547f2f9982,
  "/components/LoginLanguage.tsx#LoginLanguage": LoginLanguage_52d194078b98f0542657b191bf28079e,
  "/components/AdminLanguageSync.tsx#AdminLanguageSync": AdminLanguageSync_c5a2e243ac31336cdf59b012e637983d,
  "/components/TranslationOverview.tsx#TranslationOverview": TranslationOverview_b25e7e8035ebccbb094be7ba222f8c33,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
