import { ReviewPanel as ReviewPanel_176db3e0d68114a4f1814b2462895ab6 } from '../../../components/ReviewPanel'
import { ReviewStateCell as ReviewStateCell_ec98e2f09e1a7f494f3c378d3433c3b6 } from '../../../components/ReviewStateCell'
import { ReviewStateField as ReviewStateField_877c22eb3b1a19c32db774c3a88e5b68 } from '../../../components/ReviewStatus'
import { UserNameCell as UserNameCell_251f1ff2cf88d064ffc2b5d7c78f7738 } from '../../../components/UserNameCell'
import { UserNameField as UserNameField_f16bf8afeb21aaf1bc7c9776c34f7b5a } from '../../../components/UserNameField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NoPublishButton as NoPublishButton_29cb07b79ca545e880cd7d8d1e0eac01 } from '../../../components/NoPublishButton'
import { ReviewStatus as ReviewStatus_877c22eb3b1a19c32db774c3a88e5b68 } from '../../../components/ReviewStatus'
import { PrintPanel as PrintPanel_d9d1343d06c4e0bab7c5389fcd1f4d38 } from '../../../components/PrintPanel'
import { LedgerPanel as LedgerPanel_378ee15f54fa8b4b257c29d36e6467f3 } from '../../../components/LedgerPanel'
import { ReviewLevelCell as ReviewLevelCell_4a9b4b2c180411df64fc4c47929856b6 } from '../../../components/ReviewLevelCell'
import { ReviewLevelField as ReviewLevelField_8e9351fe4b622af4acd42be99b22c67b } from '../../../components/ReviewLevelField'
import { DurationCell as DurationCell_a65bdf1fc80f44533c5d7292dd4d0d61 } from '../../../components/DurationCell'
import { DurationField as DurationField_dd4d4d15ca111a45570c0d7b7ef8bc3c } from '../../../components/DurationField'
import { ChangedPagesField as ChangedPagesField_e0ac038e761dae908ddf695aeedc6cd3 } from '../../../components/ChangedPagesField'
import { BuildStagesField as BuildStagesField_6514beb3fb88fd65911e93cda84974fd } from '../../../components/BuildStagesField'
import { AdoptNominationPanel as AdoptNominationPanel_297197bd22782c4f27c624780dfff1f2 } from '../../../components/AdoptNominationPanel'
import { SurveyResultsPanel as SurveyResultsPanel_5cb874b47d78632a5c1792dd390814e2 } from '../../../components/SurveyResultsPanel'
import { HouseholdBatchPanel as HouseholdBatchPanel_03a2471bcdc6296f613229feb176020a } from '../../../components/field/HouseholdBatchPanel'
import { FieldTokenPanel as FieldTokenPanel_6d4adcca6a8c97f5d363493e77b66700 } from '../../../components/field/FieldTokenPanel'
import { ElectionResultsPanel as ElectionResultsPanel_dd3f234e72f55bcd0ea66eb12579ad0d } from '../../../components/ElectionResultsPanel'
import { CheckInPanel as CheckInPanel_d58be2532dbc41d024b65f8c79c6599d } from '../../../components/checkIn/CheckInPanel'
import { OrderDeskPanel as OrderDeskPanel_163fbddd15db618f85c5a0543f576cb5 } from '../../../components/orderDesk/OrderDeskPanel'
import { OverdueLink as OverdueLink_3f398de989e662a51ce40f3958c3201f } from '../../../components/orderDesk/OverdueLink'
import { AuditExportLink as AuditExportLink_fa460005a39f5fed095b72ec6aba1fa9 } from '../../../components/AuditExportLink'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { AdminLinks as AdminLinks_d69306ad70ba45d61fccd50200c1a7d1 } from '../../../components/AdminLinks'
import { ChineseAriaLabels as ChineseAriaLabels_7b58dca564bb6817e230915921989c72 } from '../../../components/ChineseAriaLabels'
import { Dashboard as Dashboard_7924645a622bedd19f62843d924c0df8 } from '../../../components/dashboard/Dashboard'
import { PrintDeskView as PrintDeskView_f8a618c71ed5138e4ccc4a3e4d3cdb37 } from '../../../components/printDesk/PrintDeskView'
import { LockedAccountsView as LockedAccountsView_61c79135d32385a69668bbe9d808c0f9 } from '../../../components/LockedAccountsView'
import { CaughtMailView as CaughtMailView_56b12931f218ec81e312d9469c38febf } from '../../../components/CaughtMailView'
import { OrphanMediaView as OrphanMediaView_a8888bd2518860def578c57d3dd952c4 } from '../../../components/OrphanMediaView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ReviewPanel#ReviewPanel": ReviewPanel_176db3e0d68114a4f1814b2462895ab6,
  "/components/ReviewStateCell#ReviewStateCell": ReviewStateCell_ec98e2f09e1a7f494f3c378d3433c3b6,
  "/components/ReviewStatus#ReviewStateField": ReviewStateField_877c22eb3b1a19c32db774c3a88e5b68,
  "/components/UserNameCell#UserNameCell": UserNameCell_251f1ff2cf88d064ffc2b5d7c78f7738,
  "/components/UserNameField#UserNameField": UserNameField_f16bf8afeb21aaf1bc7c9776c34f7b5a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/NoPublishButton#NoPublishButton": NoPublishButton_29cb07b79ca545e880cd7d8d1e0eac01,
  "/components/ReviewStatus#ReviewStatus": ReviewStatus_877c22eb3b1a19c32db774c3a88e5b68,
  "/components/PrintPanel#PrintPanel": PrintPanel_d9d1343d06c4e0bab7c5389fcd1f4d38,
  "/components/LedgerPanel#LedgerPanel": LedgerPanel_378ee15f54fa8b4b257c29d36e6467f3,
  "/components/ReviewLevelCell#ReviewLevelCell": ReviewLevelCell_4a9b4b2c180411df64fc4c47929856b6,
  "/components/ReviewLevelField#ReviewLevelField": ReviewLevelField_8e9351fe4b622af4acd42be99b22c67b,
  "/components/DurationCell#DurationCell": DurationCell_a65bdf1fc80f44533c5d7292dd4d0d61,
  "/components/DurationField#DurationField": DurationField_dd4d4d15ca111a45570c0d7b7ef8bc3c,
  "/components/ChangedPagesField#ChangedPagesField": ChangedPagesField_e0ac038e761dae908ddf695aeedc6cd3,
  "/components/BuildStagesField#BuildStagesField": BuildStagesField_6514beb3fb88fd65911e93cda84974fd,
  "/components/AdoptNominationPanel#AdoptNominationPanel": AdoptNominationPanel_297197bd22782c4f27c624780dfff1f2,
  "/components/SurveyResultsPanel#SurveyResultsPanel": SurveyResultsPanel_5cb874b47d78632a5c1792dd390814e2,
  "/components/field/HouseholdBatchPanel#HouseholdBatchPanel": HouseholdBatchPanel_03a2471bcdc6296f613229feb176020a,
  "/components/field/FieldTokenPanel#FieldTokenPanel": FieldTokenPanel_6d4adcca6a8c97f5d363493e77b66700,
  "/components/ElectionResultsPanel#ElectionResultsPanel": ElectionResultsPanel_dd3f234e72f55bcd0ea66eb12579ad0d,
  "/components/checkIn/CheckInPanel#CheckInPanel": CheckInPanel_d58be2532dbc41d024b65f8c79c6599d,
  "/components/orderDesk/OrderDeskPanel#OrderDeskPanel": OrderDeskPanel_163fbddd15db618f85c5a0543f576cb5,
  "/components/orderDesk/OverdueLink#OverdueLink": OverdueLink_3f398de989e662a51ce40f3958c3201f,
  "/components/AuditExportLink#AuditExportLink": AuditExportLink_fa460005a39f5fed095b72ec6aba1fa9,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/AdminLinks#AdminLinks": AdminLinks_d69306ad70ba45d61fccd50200c1a7d1,
  "/components/ChineseAriaLabels#ChineseAriaLabels": ChineseAriaLabels_7b58dca564bb6817e230915921989c72,
  "/components/dashboard/Dashboard#Dashboard": Dashboard_7924645a622bedd19f62843d924c0df8,
  "/components/printDesk/PrintDeskView#PrintDeskView": PrintDeskView_f8a618c71ed5138e4ccc4a3e4d3cdb37,
  "/components/LockedAccountsView#LockedAccountsView": LockedAccountsView_61c79135d32385a69668bbe9d808c0f9,
  "/components/CaughtMailView#CaughtMailView": CaughtMailView_56b12931f218ec81e312d9469c38febf,
  "/components/OrphanMediaView#OrphanMediaView": OrphanMediaView_a8888bd2518860def578c57d3dd952c4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
