/**
 * What the 入户代填 island is given and keeps on the phone (plain data; the server fills the
 * props in fieldForm.ts). The sheet and its sync result mirror contract/participation.ts
 * (`FieldItem`, `FieldItemResult`), which the bundle does not import (zod would come along);
 * tests/unit/field-types.test.ts keeps the two the same.
 */
import type { SurveyQuestion } from '../../contract/surveys.ts'
import type { SurveyDraft } from './surveyTypes.ts'

export interface FieldEntryProps {
  /** Prefix of every element id (the same on the server and in the browser). */
  idBase: string
  /** GET with `Authorization: Bearer <token>`: `{ area, surveys }`. */
  surveysUrl: string
  /** POST with the token: `{ items }` → `{ results }`. */
  syncUrl: string
  /** At most this many sheets per sync request. */
  syncLimit: number
  /** The page's service worker and its scope (/field/). */
  worker: { url: string; scope: string }
}

/** A survey open to 代填, as `GET …/field/surveys` answers it. */
export interface FieldSurvey {
  slug: string
  title: string
  opensAt: string
  closesAt: string
  questions: SurveyQuestion[]
}

/** One answer sheet as synced (contract/participation.ts `FieldItem`). */
export interface FieldItem {
  clientId: string
  survey: string
  household: string
  channel: 'proxy' | 'paper'
  filledAt: string
  answers: SurveyDraft['answers']
}

/** contract/participation.ts `FieldItemResult`. */
export type FieldItemResult =
  | { clientId: string; status: 'accepted' | 'duplicate'; reference: string }
  | { clientId: string; status: 'refused'; code: number; message: string }

/** A sheet on the phone: the item, the survey's title to show, and where its sync stands. */
export interface QueuedSheet {
  item: FieldItem
  title: string
  state: 'waiting' | 'synced' | 'refused'
  /** 受理编号, once synced. */
  reference?: string
  /** Why it was refused. */
  message?: string
}
